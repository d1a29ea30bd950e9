"""Pack source: real-person fiction, bands and streamers (format in build_packs.py)."""

SOURCE = r"""
@방탄소년단 | Bangtan Boys | BTS|rpf|BTS;Bangtan Boys;Bangtan Sonyeondan;Bangtan
c Kim Namjoon | RM|m|Namjoon;RM;Joon;Rap Monster;Kim Namjoon
c Kim Seokjin | Jin|m|Seokjin;Jin;Kim Seokjin;Worldwide Handsome
c Min Yoongi | Suga|m|Yoongi;Suga;Min Yoongi;Agust D;Yoongles
c Jung Hoseok | J-Hope|m|Hoseok;J-Hope;Hobi;Jung Hoseok;Hobi-hyung
c Park Jimin (BTS)|m|Jimin;Park Jimin;Chim;Jiminie
c Kim Taehyung | V|m|Taehyung;Kim Taehyung;Tae;TaeTae;Taehyungie
c Jeon Jungkook|m|Jungkook;Jeon Jungkook;Kookie;JK;Jungkookie
v hyung;Hyung;hyung's;Big Hit;HYBE;ARMY;comeback;the dorm;practice room;choreo;idol;idols;Bangtan;maknae;hyungs;Seoul;Busan;Daegu;Gwangju;world tour;fan meet
p Jeon Jungkook/Park Jimin;Jeon Jungkook/Kim Taehyung | V;Kim Namjoon | RM/Kim Seokjin | Jin;Min Yoongi | Suga/Park Jimin;Jung Hoseok | J-Hope/Min Yoongi | Suga;Kim Seokjin | Jin/Min Yoongi | Suga;Kim Taehyung | V/Park Jimin;Jeon Jungkook/Reader;Min Yoongi | Suga/Reader;Park Jimin/Reader

@One Direction (Band)|rpf|One Direction;1D;Larry Stylinson
c Harry Styles|m|Harry Styles;Styles;Haz;Hazza|Harry
c Louis Tomlinson|m|Louis Tomlinson;Tomlinson;Lou;Boobear|Louis
c Niall Horan|m|Niall;Horan;Nialler
c Liam Payne|m|Liam Payne;Payno|Liam
c Zayn Malik|m|Zayn;Malik
c Eleanor Calder|f|Eleanor Calder
c Paul Higgins|m|Paul Higgins
v the band;the lads;the boys;tour bus;X Factor;Simon Cowell;Modest;Modest Management;Directioners;stadium;stadiums;Holmes Chapel;Doncaster;Mullingar;Wolverhampton;Bradford;the O2;hiatus;Take Me Home;Up All Night;Midnight Memories
p Harry Styles/Louis Tomlinson;Liam Payne/Zayn Malik;Niall Horan/Zayn Malik;Liam Payne/Louis Tomlinson;Harry Styles/Niall Horan;Louis Tomlinson/Zayn Malik;Harry Styles & Louis Tomlinson & Liam Payne & Niall Horan & Zayn Malik;Harry Styles/Reader

@Stray Kids (Band)|rpf|Stray Kids;SKZ
c Bang Chan|m|Bang Chan;Chan;Channie;Chris
c Lee Know|m|Lee Know;Minho;Lee Minho
c Seo Changbin|m|Changbin;Seo Changbin;Binnie
c Hwang Hyunjin|m|Hyunjin;Hwang Hyunjin;Jinnie
c Han Jisung|m|Jisung;Han Jisung;Han;Hannie;Quokka
c Lee Felix (Stray Kids)|m|Felix;Lee Felix;Lix;Yongbok;Lee Yongbok
c Kim Seungmin|m|Seungmin;Kim Seungmin
c Yang Jeongin|m|Jeongin;I.N;Innie;Yang Jeongin
v JYP;JYP Entertainment;STAY;Stays;3RACHA;hyung;hyungs;maknae;comeback;dorm;practice room;idol;idols;Seoul;Sydney;dance line;vocal line;rap line;choreo;Chan's Room
p Hwang Hyunjin/Lee Felix (Stray Kids);Han Jisung/Lee Know;Bang Chan/Lee Felix (Stray Kids);Kim Seungmin/Hwang Hyunjin;Seo Changbin/Lee Felix (Stray Kids);Bang Chan/Kim Seungmin;Han Jisung & Lee Know;Hwang Hyunjin/Reader;Bang Chan/Reader

@NCT (Band)|rpf|NCT;NCT 127;NCT Dream;WayV;NCT U
c Lee Taeyong|m|Taeyong;Lee Taeyong;Yongie
c Jung Jaehyun|m|Jaehyun;Jung Jaehyun;Jeong Yunoh;Yoonoh
c Nakamoto Yuta|m|Yuta;Nakamoto Yuta
c Mark Lee (NCT)|m|Mark Lee|Mark
c Lee Haechan|m|Haechan;Lee Donghyuck;Donghyuck;Hyuck;Full Sun
c Na Jaemin|m|Jaemin;Na Jaemin;Nana
c Lee Jeno|m|Jeno;Lee Jeno
c Huang Renjun|m|Renjun;Huang Renjun;Injunnie
c Zhong Chenle|m|Chenle
c Park Jisung (NCT)|m|Park Jisung
c Kim Doyoung|m|Doyoung;Kim Doyoung;Dons
c Johnny Suh|m|Johnny Suh;Youngho
c Ten Chittaphon Leechaiyapornkul|m|Ten;Chittaphon
c Dong Sicheng|m|Winwin;Sicheng;Dong Sicheng
v SM;SM Entertainment;NCTzen;NCTzens;SMROOKIES;comeback;dorm;hyung;hyungs;maknae;idol;idols;Dreamies;the Dream dorm;practice room;fansign;Seoul
p Lee Jeno/Na Jaemin;Mark Lee (NCT)/Lee Haechan;Jung Jaehyun/Lee Taeyong;Nakamoto Yuta/Lee Taeyong;Huang Renjun/Lee Jeno;Huang Renjun/Na Jaemin;Johnny Suh/Ten Chittaphon Leechaiyapornkul;Lee Haechan/Reader

@Hockey RPF|rpf|Hockey;NHL RPF;Hockey - Fandom
c Sidney Crosby|m|Crosby;Sid;Sidney Crosby;Sid the Kid;Sidney
c Evgeni Malkin|m|Malkin;Geno;Evgeni Malkin
c Connor McDavid|m|McDavid;Connor McDavid;Davo
c Leon Draisaitl|m|Draisaitl;Leon Draisaitl;Leo;Drai
c Alexander Ovechkin|m|Ovechkin;Ovi;Sasha Ovechkin
c Patrick Kane|m|Kaner;Patrick Kane
c Jonathan Toews|m|Toews;Jonathan Toews;Tazer;Jonny Toews
c Auston Matthews|m|Auston Matthews;Auston
c Mitch Marner|m|Marner;Mitch Marner;Mitchy
c Tyler Seguin|m|Seguin;Tyler Seguin;Segs
c Jamie Benn|m|Jamie Benn;Benny
c Kris Letang|m|Letang;Tanger;Kris Letang
v NHL;Stanley Cup;the Cup;the playoffs;playoffs;Penguins;Pens;Oilers;Leafs;Blackhawks;Hawks;Capitals;Stars;rink;ice time;power play;hat trick;hat-trick;locker room;captain's;the C;faceoff;face-off;slapshot;the boards;the crease;rookie;trade deadline;billet;Pittsburgh;Edmonton;Toronto;Chicago;Dallas
p Evgeni Malkin/Sidney Crosby;Connor McDavid/Leon Draisaitl;Patrick Kane/Jonathan Toews;Jamie Benn/Tyler Seguin;Auston Matthews/Mitch Marner;Kris Letang/Sidney Crosby;Alexander Ovechkin/Evgeni Malkin

@Formula 1 RPF|rpf|Formula 1;F1;Formula One RPF;Formula 1 - Fandom
c Lewis Hamilton|m|Lewis Hamilton;Hamilton;Lewis;LH44;Sir Lewis
c Max Verstappen|m|Max Verstappen;Verstappen;Mad Max
c Charles Leclerc|m|Charles Leclerc;Leclerc;Charlo
c Pierre Gasly|m|Gasly;Pierre Gasly;Pierre
c Lando Norris|m|Lando;Lando Norris;Norris
c Oscar Piastri|m|Piastri;Oscar Piastri;Oscar
c Daniel Ricciardo|m|Ricciardo;Daniel Ricciardo;Danny Ric;Honey Badger
c Sebastian Vettel|m|Vettel;Sebastian Vettel;Seb;Sebastian
c Kimi Räikkönen|m|Kimi;Räikkönen;Raikkonen;Iceman
c Carlos Sainz Jr.|m|Carlos Sainz;Sainz;Carlos;Smooth Operator
c George Russell (Racing Driver)|m|George Russell;Russell
c Nico Rosberg|m|Rosberg;Nico Rosberg
c Fernando Alonso|m|Alonso;Fernando Alonso;Nando
c Esteban Ocon|m|Ocon;Esteban Ocon;Esteban
c Yuki Tsunoda|m|Yuki;Tsunoda
v Formula 1;Formula One;F1;Grand Prix;paddock;the paddock;pit wall;pit lane;pitlane;podium;pole position;pole;the grid;grid;Ferrari;Red Bull;Mercedes;McLaren;Williams;Alpine;AlphaTauri;Monaco;Monza;Silverstone;Spa;Suzuka;Abu Dhabi;race engineer;team radio;DRS;the championship;world champion;qualifying;FP1;FP2;Driver of the Day;Toro Rosso;karting;tyres;the garage;hospitality
p Lewis Hamilton/Nico Rosberg;Charles Leclerc/Pierre Gasly;Charles Leclerc/Max Verstappen;Lando Norris/Oscar Piastri;Carlos Sainz Jr./Lando Norris;Daniel Ricciardo/Max Verstappen;Kimi Räikkönen/Sebastian Vettel;Lewis Hamilton/Sebastian Vettel;Lando Norris/Max Verstappen;Charles Leclerc/Reader;Lando Norris/Reader

@Video Blogging RPF|rpf|Minecraft RPF;Dream SMP;Dream Team SMP;DSMP;Minecraft (Video Game)
c Clay | Dream (Video Blogging RPF)|m|Dream;Clay;Dreamwastaken;the masked man
c GeorgeNotFound (Video Blogging RPF)|m|GeorgeNotFound;Gogy;George Davidson
c Sapnap (Video Blogging RPF)|m|Sapnap;Nick Armstrong;Pandas
c TommyInnit (Video Blogging RPF)|m|TommyInnit;Tommy Innit;Tommy
c Technoblade (Video Blogging RPF)|m|Technoblade;Techno;the Blade
c Wilbur Soot (Video Blogging RPF)|m|Wilbur Soot;Wilbur;Wil
c Toby Smith | Tubbo|m|Tubbo;Toby Smith
c Philza (Video Blogging RPF)|m|Philza;Phil Watson;Phil;Philza Minecraft;the Angel of Death
c Ranboo (Video Blogging RPF)|m|Ranboo
c Quackity (Video Blogging RPF)|m|Quackity;Alex Quackity;Big Q
c Karl Jacobs|m|Karl Jacobs;Karl
c Niki | Nihachu (Video Blogging RPF)|f|Niki;Nihachu
v SMP;the SMP;Dream SMP;L'Manberg;Manberg;Pogtopia;New L'Manberg;Snowchester;Las Nevadas;the Prison;Pandora's Vault;Logstedshire;Arctic Commune;Eret;Fundy;Jschlatt;Schlatt;netherite;Netherite;the Nether;the End;totem;Totem of Undying;enderman;Enderman;respawn;canon lives;third life;server;stream;streaming;Twitch;chat;Sleepy Bois;Dream Team;the disc;discs;Mellohi;Cat disc
p Clay | Dream (Video Blogging RPF)/GeorgeNotFound (Video Blogging RPF);Clay | Dream (Video Blogging RPF)/GeorgeNotFound (Video Blogging RPF)/Sapnap (Video Blogging RPF);Karl Jacobs/Quackity (Video Blogging RPF)/Sapnap (Video Blogging RPF);Ranboo (Video Blogging RPF)/Toby Smith | Tubbo;Ranboo (Video Blogging RPF) & Toby Smith | Tubbo & TommyInnit (Video Blogging RPF);Technoblade (Video Blogging RPF) & TommyInnit (Video Blogging RPF) & Wilbur Soot (Video Blogging RPF) & Philza (Video Blogging RPF);Toby Smith | Tubbo & TommyInnit (Video Blogging RPF);Philza (Video Blogging RPF) & TommyInnit (Video Blogging RPF);Clay | Dream (Video Blogging RPF) & TommyInnit (Video Blogging RPF)

@Critical Role (Web Series)|rpf|Critical Role;CR;Vox Machina;The Legend of Vox Machina;Mighty Nein
c Percival de Rolo|m|Percy de Rolo;Percival;Percival Fredrickstein von Musel Klossowski de Rolo III;Percy
c Vex'ahlia (Critical Role)|f|Vex;Vex'ahlia;Lady Vex'ahlia;Grand Mistress of the Grey Hunt
c Vax'ildan (Critical Role)|m|Vax;Vax'ildan||the Raven's Champion
c Keyleth (Critical Role)|f|Keyleth;Keyleth of the Air Ashari
c Scanlan Shorthalt|m|Scanlan
c Pike Trickfoot|f|Pike
c Grog Strongjaw|m|Grog
c Caleb Widogast|m|Caleb;Caleb Widogast;Bren;Bren Aldric Ermendrud
c Mollymauk Tealeaf|m|Molly;Mollymauk;Mr. Clay
c Essek Thelyss|m|Essek;Shadowhand||the Shadowhand
c Fjord (Critical Role)|m|Fjord
c Beauregard Lionett|f|Beau;Beauregard
c Jester Lavorre|f|Jester
c Yasha (Critical Role)|f|Yasha
c Caduceus Clay|m|Caduceus;Caddy
c Nott the Brave|f|Nott;Veth;Veth Brenatto
c Trinket (Critical Role)|m|Trinket
v Exandria;Tal'Dorei;Emon;Whitestone;Wildemount;Xhorhas;Rosohna;Zadash;Empire;Kryn Dynasty;Cerberus Assembly;Slayer's Take;Greyskull Keep;Vasselheim;the Raven Queen;Dynasty;dodecahedron;beacons;Mighty Nein;Vox Machina;Traveler;the Traveler;Luxon;Frumpkin;Bigby's Hand;Critters
p Percival de Rolo/Vex'ahlia (Critical Role);Keyleth (Critical Role)/Vax'ildan (Critical Role);Caleb Widogast/Essek Thelyss;Beauregard Lionett/Yasha (Critical Role);Caleb Widogast/Mollymauk Tealeaf;Fjord (Critical Role)/Jester Lavorre;Vax'ildan (Critical Role) & Vex'ahlia (Critical Role);Caleb Widogast & Nott the Brave
"""
