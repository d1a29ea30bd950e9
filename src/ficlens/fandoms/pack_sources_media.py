"""Pack source: films, comics, anime and manga, games, RPF and theatre (format in build_packs.py)."""

SOURCE = r"""
@Marvel Cinematic Universe|film|MCU;Marvel;The Avengers (Marvel Movies)
c Tony Stark|m|Tony Stark;Stark;Iron Man;Anthony Stark;Tones|Tony
c Steve Rogers|m|Steve Rogers;Rogers;Captain America;Cap;Stevie|Steve
c Bucky Barnes|m|Bucky;James Buchanan Barnes;Barnes;Winter Soldier;Buck||the Winter Soldier;the Soldier;the Asset
c Natasha Romanov|f|Natasha;Nat;Romanoff;Natasha Romanoff;Black Widow;Natalia
c Clint Barton|m|Clint;Barton;Hawkeye;Legolas
c Bruce Banner|m|Banner;Bruce Banner;Hulk||the Hulk;the Other Guy
c Thor (Marvel)|m|Thor;Thor Odinson;Point Break||God of Thunder
c Loki (Marvel)|m|Loki;Loki Laufeyson;Loki Odinson;Reindeer Games||God of Mischief;Silvertongue
c Peter Parker|m|Peter Parker;Parker;Spider-Man;Spiderman;Spidey;Underoos|Peter||the kid;Spider-Boy
c Sam Wilson (Marvel)|m|Sam Wilson;Falcon;Wilson|Sam
c Wanda Maximoff|f|Wanda;Scarlet Witch
c Pepper Potts|f|Pepper;Virginia Potts;Potts;Miss Potts
c James "Rhodey" Rhodes|m|Rhodey;War Machine;Rhodes;Honeybear
c Vision (Marvel)|m|Vision||Vis
c Nick Fury|m|Fury;Nick Fury;Director Fury
c Phil Coulson|m|Coulson;Agent Coulson
c Stephen Strange|m|Strange;Doctor Strange;Dr. Strange
c Carol Danvers|f|Carol Danvers;Captain Marvel
c T'Challa (Marvel)|m|T'Challa;Black Panther
c Scott Lang|m|Scott Lang;Ant-Man
c Maria Hill|f|Maria Hill
c Sharon Carter|f|Sharon Carter
c Peggy Carter|f|Peggy;Agent Carter
c Thanos (Marvel)|m|Thanos||the Mad Titan
c Harley Keener|m|Harley Keener
c Ned Leeds|m|Ned Leeds|Ned
c MJ (Spider-Man: Homecoming)|f|MJ;Michelle Jones
c Yelena Belova|f|Yelena
c JARVIS (Marvel)|m|JARVIS;Jarvis
c FRIDAY (Marvel)|f|FRIDAY
v Avengers;the Avengers;Avengers Tower;Stark Tower;Stark Industries;SHIELD;S.H.I.E.L.D.;HYDRA;Hydra;Asgard;Asgardian;Jotunheim;Mjolnir;Mjölnir;Infinity Stones;Infinity Stone;Tesseract;Wakanda;vibranium;the serum;super soldier;arc reactor;the suit;Helicarrier;Red Room;Sokovia;Sokovia Accords;the Accords;the compound;the Compound;Quinjet;Bifrost;the Snap;the Blip;Brooklyn;shield
p Steve Rogers/Tony Stark;Bucky Barnes/Steve Rogers;Steve Rogers/Bucky Barnes;Clint Barton/Phil Coulson;Clint Barton/Natasha Romanov;Loki/Thor (Marvel);Loki (Marvel)/Tony Stark;Tony Stark/Pepper Potts;Bruce Banner/Tony Stark;Peter Parker & Tony Stark;Bucky Barnes/Sam Wilson (Marvel);Natasha Romanov/Bruce Banner;Wanda Maximoff/Vision (Marvel);Stephen Strange/Tony Stark;Harley Keener/Peter Parker;Bucky Barnes/Reader;Loki (Marvel)/Reader;Steve Rogers/Reader;Bucky Barnes & Steve Rogers;Natasha Romanov & Yelena Belova;Peter Parker/MJ (Spider-Man: Homecoming)

@Batman - All Media Types|comic|DC;DCU;DC Comics;Batman;Batfamily
c Bruce Wayne|m|Bruce Wayne;Batman;Bats;B;Wayne||the Bat;the Dark Knight;Brucie
c Dick Grayson|m|Dick Grayson;Nightwing;Dickie;Goldie|Dick||the first Robin
c Jason Todd|m|Jason Todd;Jaybird;Red Hood;Jay|Jason||the Red Hood
c Tim Drake|m|Tim Drake;Red Robin;Timbo;Timmy|Tim
c Damian Wayne|m|Damian;Demon Spawn;Dami||the brat
c Alfred Pennyworth|m|Alfred;Pennyworth;Master Alfred;Penny-One
c Barbara Gordon|f|Babs;Barbara Gordon;Batgirl;Oracle
c Cassandra Cain|f|Cass Cain;Cassandra Cain;Orphan
c Stephanie Brown|f|Stephanie Brown;Steph;Spoiler
c Duke Thomas|m|Duke Thomas;Signal
c Jim Gordon|m|Commissioner Gordon;Gordon;Jim Gordon
c The Joker (DCU)|m|Joker;the Joker;Mister J;Puddin
c Harleen Quinzel|f|Harley Quinn;Harley;Harleen
c Selina Kyle|f|Selina;Catwoman
c Clark Kent|m|Clark;Superman;Kal-El;Smallville
c Diana (Wonder Woman)|f|Wonder Woman;Diana Prince
c Kon-El|m|Conner Kent;Kon;Superboy
c Roy Harper|m|Roy Harper;Arsenal;Red Arrow
c Wally West|m|Wally;Kid Flash
c Talia al Ghul|f|Talia
c Ra's al Ghul|m|Ra's;Ra's al Ghul||the Demon's Head
c Pamela Isley|f|Poison Ivy;Pam;Pamela Isley
c Kate Kane|f|Kate Kane;Batwoman
v Gotham;Gotham City;Wayne Manor;the Manor;the Batcave;Batcave;the cave;Arkham;Arkham Asylum;Blüdhaven;Bludhaven;Crime Alley;Lazarus Pit;League of Assassins;Justice League;Metropolis;Batmobile;batarang;batarangs;Wayne Enterprises;Titans;the Watchtower;Kryptonite;kryptonite;vigilante;patrol;Robin
p Bruce Wayne/Clark Kent;Clark Kent/Bruce Wayne;Dick Grayson/Wally West;Jason Todd/Roy Harper;Kon-El/Tim Drake;Dick Grayson/Barbara Gordon;Bruce Wayne/Selina Kyle;Harleen Quinzel/Pamela Isley;The Joker (DCU)/Harleen Quinzel;Jason Todd/Dick Grayson;Bruce Wayne & Dick Grayson;Bruce Wayne & Jason Todd;Bruce Wayne & Damian Wayne;Dick Grayson & Jason Todd;Dick Grayson & Tim Drake;Jason Todd/Reader

@X-Men (Movieverse)|film|X-Men;X-Men: First Class
c Charles Xavier|m|Charles;Xavier;Professor X;the Professor
c Erik Lehnsherr|m|Erik;Lehnsherr;Magneto;Max Eisenhardt
c Logan (X-Men)|m|Logan;Wolverine;James Howlett||Bub
c Raven Darkhölme|f|Raven;Mystique
c Hank McCoy|m|Hank McCoy;Beast
c Jean Grey|f|Jean Grey;Phoenix
c Scott Summers|m|Scott Summers;Cyclops
c Ororo Munroe|f|Ororo;Storm
c Marie (X-Men)|f|Rogue;Marie
c Peter Maximoff|m|Quicksilver;Pietro
c Wade Wilson|m|Wade;Deadpool;Wade Wilson
c Kurt Wagner|m|Nightcrawler;Kurt Wagner
v mutant;mutants;mutation;X-Mansion;the mansion;Cerebro;Xavier's School;the School;Brotherhood;the Brotherhood;homo superior;powers;Westchester;Blackbird;Danger Room;adamantium;metal
p Charles Xavier/Erik Lehnsherr;Erik Lehnsherr/Charles Xavier;Logan (X-Men)/Wade Wilson;Peter Parker/Wade Wilson;Jean Grey/Scott Summers;Logan (X-Men)/Marie (X-Men)

@Star Wars - All Media Types|film|Star Wars;Star Wars Sequel Trilogy;Star Wars Prequel Trilogy;Star Wars: The Clone Wars (2008)
c Obi-Wan Kenobi|m|Obi-Wan;Kenobi;Ben Kenobi;Obi;Old Ben||the Negotiator
c Anakin Skywalker|m|Anakin;Ani;Skywalker;Darth Vader;Vader||the Chosen One;Lord Vader
c Padmé Amidala|f|Padmé;Padme;Amidala;Senator Amidala;Queen Amidala
c Luke Skywalker|m|Luke Skywalker;Luke|Luke
c Leia Organa|f|Leia;Princess Leia;General Organa;Organa
c Han Solo|m|Han;Solo;Han Solo
c Ben Solo|m|Kylo Ren;Kylo;Ben Solo
c Rey (Star Wars)|f|Rey;Rey Skywalker;Rey Palpatine||the scavenger
c Finn (Star Wars)|m|Finn;FN-2187
c Poe Dameron|m|Poe;Dameron
c Ahsoka Tano|f|Ahsoka;Snips;Snippy
c CT-7567 | Rex|m|Rex;Captain Rex;CT-7567
c CC-2224 | Cody|m|Cody;Commander Cody;CC-2224
c Din Djarin|m|Din;Djarin;Mando;the Mandalorian||the Mandalorian
c Grogu (Star Wars)|m|Grogu;Baby Yoda;the Child||the kid
c Yoda|m|Yoda;Master Yoda
c Mace Windu|m|Mace;Windu;Master Windu
c Qui-Gon Jinn|m|Qui-Gon;Qui-Gon Jinn
c Sheev Palpatine|m|Palpatine;Sidious;Darth Sidious;Chancellor Palpatine;the Chancellor||the Emperor
c Armitage Hux|m|Hux;General Hux
c Chewbacca|m|Chewbacca;Chewie
c Cassian Andor|m|Cassian;Andor
c Jyn Erso|f|Jyn
c Lando Calrissian|m|Lando
c Bo-Katan Kryze|f|Bo-Katan
c Cal Kestis|m|Cal Kestis
v Jedi;Sith;the Force;lightsaber;lightsabers;Jedi Temple;Jedi Order;padawan;Padawan;youngling;younglings;Coruscant;Tatooine;Naboo;Mandalore;Mandalorian;Mandalorians;beskar;Death Star;Millennium Falcon;the Falcon;X-wing;TIE fighter;clone;clones;clone troopers;Kamino;Republic;the Empire;Rebellion;Resistance;First Order;blaster;droid;droids;Wookiee;Hutt;Endor;Hoth;Dagobah;Jakku;hyperspace;kriff;kriffing;Kriff;di'kut;vod;ner vod;cyare;Mando'a;kyber
p Anakin Skywalker/Obi-Wan Kenobi;Obi-Wan Kenobi/Anakin Skywalker;Anakin Skywalker/Padmé Amidala;Ben Solo/Rey (Star Wars);Rey/Ben Solo;Finn/Poe Dameron;Armitage Hux/Ben Solo;Han Solo/Leia Organa;Luke Skywalker/Mara Jade;Obi-Wan Kenobi/Qui-Gon Jinn;CC-2224 | Cody/Obi-Wan Kenobi;Din Djarin/Luke Skywalker;Din Djarin/Reader;Obi-Wan Kenobi & Anakin Skywalker;Anakin Skywalker & Ahsoka Tano;Din Djarin & Grogu;Cassian Andor/Jyn Erso;Ben Solo/Reader

@Pirates of the Caribbean (Movies)|film|Pirates of the Caribbean;POTC
c Jack Sparrow|m|Captain Jack Sparrow;Jack Sparrow;Sparrow|Jack
c Will Turner|m|Will Turner;Turner;Mr. Turner|Will
c Elizabeth Swann|f|Elizabeth Swann;Swann;Miss Swann|Elizabeth
c Hector Barbossa|m|Barbossa;Hector Barbossa
c James Norrington|m|Norrington;Commodore Norrington;Admiral Norrington
c Davy Jones|m|Davy Jones
c Joshamee Gibbs|m|Gibbs;Mr. Gibbs
v Black Pearl;the Pearl;Flying Dutchman;Port Royal;Tortuga;Isla de Muerta;East India Trading Company;savvy;Savvy;rum;Aztec gold;the Kraken;Davy Jones' Locker;Brethren Court;Shipwreck Cove;compass;Royal Navy
p Elizabeth Swann/Will Turner;Jack Sparrow/Will Turner;Jack Sparrow/Elizabeth Swann;James Norrington/Jack Sparrow;Elizabeth Swann/James Norrington

@The Hunger Games Series - All Media Types|film|Hunger Games;The Hunger Games;THG
c Katniss Everdeen|f|Katniss;Everdeen;Catnip||the Mockingjay;the Girl on Fire
c Peeta Mellark|m|Peeta;Mellark||the boy with the bread
c Gale Hawthorne|m|Gale;Hawthorne
c Haymitch Abernathy|m|Haymitch
c Finnick Odair|m|Finnick
c Johanna Mason|f|Johanna
c Effie Trinket|f|Effie
c Primrose Everdeen|f|Prim;Little Duck
c Cinna (Hunger Games)|m|Cinna
c Annie Cresta|f|Annie Cresta
c Coriolanus Snow|m|President Snow;Coriolanus;Coryo
c Lucy Gray Baird|f|Lucy Gray
c Rue (Hunger Games)|f|Rue
c Madge Undersee|f|Madge
v Panem;the Capitol;Capitol;District 12;District Twelve;District 4;the arena;tributes;tribute;Reaping;the Reaping;Quarter Quell;Mockingjay;mockingjay;Victors' Village;Victor's Village;Peacekeepers;Peacekeeper;District 13;tracker jackers;nightlock;the Seam;Hob;Gamemakers;mutts
p Katniss Everdeen/Peeta Mellark;Gale Hawthorne/Katniss Everdeen;Annie Cresta/Finnick Odair;Finnick Odair/Annie Cresta;Haymitch Abernathy/Effie Trinket;Coriolanus Snow/Lucy Gray Baird;Katniss Everdeen & Primrose Everdeen

@Twilight Series - Stephenie Meyer|book|Twilight;The Twilight Saga
c Bella Swan|f|Bella;Isabella Swan;Isabella;Bella Cullen|Swan
c Edward Cullen|m|Edward Cullen|Edward|the vampire
c Jacob Black|m|Jacob Black;Jake|Jacob
c Alice Cullen|f|Alice Cullen|Alice
c Jasper Hale|m|Jasper
c Emmett Cullen|m|Emmett
c Rosalie Hale|f|Rosalie;Rose Hale
c Carlisle Cullen|m|Carlisle
c Esme Cullen|f|Esme
c Renesmee Cullen|f|Renesmee;Nessie
c Charlie Swan|m|Charlie Swan;Chief Swan
c Leah Clearwater|f|Leah Clearwater
c Aro (Twilight)|m|Aro
v Forks;La Push;Quileute;Quileutes;Cullens;the Cullens;Volturi;Volterra;imprint;imprinted;imprinting;venom;newborn;newborns;the treaty;sparkle;sparkled;sparkling;golden eyes;topaz eyes;Port Angeles;shapeshifter;the pack;werewolf
p Bella Swan/Edward Cullen;Edward Cullen/Bella Swan;Bella Swan/Jacob Black;Alice Cullen/Jasper Hale;Emmett Cullen/Rosalie Hale;Carlisle Cullen/Esme Cullen;Bella Swan/Rosalie Hale

@Naruto|anime|NARUTO;Naruto Shippuden
c Uzumaki Naruto|m|Naruto;Uzumaki;Naruto Uzumaki;dobe;Dobe||the Nine-Tails;Jinchuuriki;Hokage
c Uchiha Sasuke|m|Sasuke;Sasuke Uchiha;Sasuke-kun;teme;Teme
c Haruno Sakura|f|Sakura;Sakura Haruno;Sakura-chan;Forehead
c Hatake Kakashi|m|Kakashi;Kakashi Hatake;Kakashi-sensei||the Copy Ninja;Scarecrow
c Uchiha Itachi|m|Itachi;Itachi Uchiha
c Umino Iruka|m|Iruka;Iruka-sensei
c Nara Shikamaru|m|Shikamaru
c Hyuuga Hinata|f|Hinata;Hinata Hyuga;Hinata Hyuuga
c Hyuuga Neji|m|Neji
c Rock Lee|m|Rock Lee;Lee
c Gaara (Naruto)|m|Gaara;Gaara of the Desert||Kazekage
c Uchiha Obito|m|Obito;Tobi
c Uchiha Madara|m|Madara
c Senju Hashirama|m|Hashirama
c Senju Tobirama|m|Tobirama
c Tsunade (Naruto)|f|Tsunade;Tsunade-sama;Granny Tsunade
c Jiraiya (Naruto)|m|Jiraiya;Pervy Sage||Ero-sennin
c Orochimaru (Naruto)|m|Orochimaru
c Maito Gai|m|Gai;Guy-sensei;Might Guy
c Yamanaka Ino|f|Ino
c Inuzuka Kiba|m|Kiba
c Uchiha Shisui|m|Shisui
c Deidara (Naruto)|m|Deidara
c Sai (Naruto)|m|Sai
c Temari (Naruto)|f|Temari
v Konoha;Konohagakure;Hidden Leaf;Leaf Village;Sunagakure;Suna;Akatsuki;chakra;jutsu;Rasengan;Chidori;Sharingan;Byakugan;Rinnegan;shinobi;kunai;Hokage;jonin;jounin;chunin;chuunin;genin;Anbu;ANBU;Kyuubi;Kurama;Team Seven;Team 7;Ichiraku;ramen;hitai-ate;shuriken;Uchiha clan;dattebayo;believe it
p Hatake Kakashi/Umino Iruka;Uchiha Sasuke/Uzumaki Naruto;Uzumaki Naruto/Uchiha Sasuke;Haruno Sakura/Uchiha Sasuke;Hyuuga Hinata/Uzumaki Naruto;Nara Shikamaru/Temari (Naruto);Senju Hashirama/Uchiha Madara;Gaara/Uzumaki Naruto;Haruno Sakura & Uzumaki Naruto & Uchiha Sasuke;Uchiha Itachi & Uchiha Sasuke;Hatake Kakashi/Reader

@Boku no Hero Academia|anime|My Hero Academia;BNHA;MHA;Boku no Hero Academia | My Hero Academia
c Midoriya Izuku|m|Izuku;Midoriya;Deku;Izuku Midoriya||Nerd
c Bakugou Katsuki|m|Bakugou;Katsuki;Kacchan;Bakugo;Katsuki Bakugou;Lord Explosion Murder;Ground Zero
c Todoroki Shouto|m|Todoroki;Shouto;Shoto;Half-and-Half;Icyhot
c Aizawa Shouta|m|Aizawa;Eraserhead;Shouta;Aizawa-sensei||Sleepy
c Yagi Toshinori|m|All Might;Toshinori;Yagi||the Symbol of Peace
c Yamada Hizashi|m|Present Mic;Hizashi
c Kirishima Eijirou|m|Kirishima;Eijirou;Red Riot;Kiri
c Kaminari Denki|m|Kaminari;Denki;Chargebolt;Pikachu
c Uraraka Ochako|f|Uraraka;Ochako;Uravity
c Iida Tenya|m|Iida;Tenya;Ingenium
c Asui Tsuyu|f|Tsuyu;Froppy;Tsu
c Jirou Kyouka|f|Jirou;Kyouka;Earphone Jack
c Shinsou Hitoshi|m|Shinsou;Hitoshi
c Shigaraki Tomura|m|Shigaraki;Tomura;Tenko Shimura
c Dabi (My Hero Academia)|m|Dabi;Touya;Todoroki Touya
c Hawks (My Hero Academia)|m|Hawks;Keigo;Takami Keigo
c Todoroki Enji|m|Endeavor;Enji
c Toga Himiko|f|Toga;Himiko
c Mirio Togata|m|Mirio;Lemillion
c Tamaki Amajiki|m|Tamaki;Suneater
c Sero Hanta|m|Sero;Hanta
c Mineta Minoru|m|Mineta
c Ashido Mina|f|Ashido;Mina Ashido;Pinky
v U.A.;UA;U.A. High;Yuuei;quirk;Quirk;quirks;Quirkless;quirkless;Class 1-A;1-A;1-B;pro hero;pro heroes;hero license;League of Villains;One For All;All For One;Plus Ultra;villains;hero course;Sports Festival;hero name;Nomu;Tartarus;Hero Commission;the dorms;Heights Alliance;support course
p Bakugou Katsuki/Midoriya Izuku;Midoriya Izuku/Bakugou Katsuki;Midoriya Izuku/Todoroki Shouto;Aizawa Shouta/Yamada Hizashi;Bakugou Katsuki/Kirishima Eijirou;Kaminari Denki/Shinsou Hitoshi;Dabi/Hawks (My Hero Academia);Midoriya Izuku/Uraraka Ochako;Aizawa Shouta & Midoriya Izuku;Bakugou Katsuki/Reader;Shinsou Hitoshi/Midoriya Izuku;Bakugou Katsuki & Midoriya Izuku;Kirishima Eijirou/Kaminari Denki

@Haikyuu!!|anime|Haikyuu;HQ;Haikyu
c Hinata Shouyou|m|Hinata;Shouyou;Shoyo;Hinata Shoyo;Hinata Shouyou;boke;Boke||the little giant;the decoy
c Kageyama Tobio|m|Kageyama;Tobio;Tobio-chan;Bakageyama||King of the Court;the King
c Oikawa Tooru|m|Oikawa;Tooru;Shittykawa;Trashykawa;Oikawa-san||the Great King;Grand King
c Iwaizumi Hajime|m|Iwaizumi;Iwa-chan;Hajime;Iwa
c Kuroo Tetsurou|m|Kuroo;Tetsurou;Kuroo-san;Rooster Head
c Tsukishima Kei|m|Tsukishima;Tsukki;Kei;Stingyshima;Saltyshima
c Yamaguchi Tadashi|m|Yamaguchi;Tadashi;Yams
c Kozume Kenma|m|Kenma;Kozume
c Bokuto Koutarou|m|Bokuto;Koutarou;Bokuto-san;Bokkun
c Akaashi Keiji|m|Akaashi;Keiji;Agaashi
c Sawamura Daichi|m|Daichi;Sawamura
c Sugawara Koushi|m|Suga;Sugawara;Koushi;Suga-san
c Azumane Asahi|m|Asahi;Azumane
c Nishinoya Yuu|m|Noya;Nishinoya;Yuu;Noya-san
c Tanaka Ryuunosuke|m|Tanaka;Ryuu
c Atsumu Miya|m|Atsumu;Tsumu;Miya Atsumu;'Tsumu
c Osamu Miya|m|Osamu;Samu;'Samu;Miya Osamu
c Sakusa Kiyoomi|m|Sakusa;Kiyoomi;Omi;Omi-kun
c Ushijima Wakatoshi|m|Ushijima;Wakatoshi;Ushiwaka
c Shimizu Kiyoko|f|Kiyoko;Shimizu
c Yachi Hitoka|f|Yachi;Hitoka
c Semi Eita|m|Semi
c Tendou Satori|m|Tendou;Satori
c Terushima Yuuji|m|Terushima
v Karasuno;Nekoma;Aoba Johsai;Seijoh;Shiratorizawa;Fukurodani;Inarizaki;Date Tech;volleyball;setter;spiker;libero;middle blocker;wing spiker;block;spike;toss;quick attack;Nationals;Spring High;Interhigh;Inter-High;the gym;MSBY;Black Jackals;Adlers;Coach Ukai;Ukai;Takeda-sensei;the net;receive
p Hinata Shouyou/Kageyama Tobio;Hinata Shouyou/Kageyama Tobio;Iwaizumi Hajime/Oikawa Tooru;Oikawa Tooru/Iwaizumi Hajime;Kuroo Tetsurou/Tsukishima Kei;Akaashi Keiji/Bokuto Koutarou;Bokuto Koutarou/Akaashi Keiji;Sawamura Daichi/Sugawara Koushi;Tsukishima Kei/Yamaguchi Tadashi;Kozume Kenma/Kuroo Tetsurou;Kuroo Tetsurou/Kozume Kenma;Atsumu Miya/Sakusa Kiyoomi;Azumane Asahi/Nishinoya Yuu;Hinata Shouyou/Kozume Kenma;Oikawa Tooru/Reader

@Shingeki no Kyojin | Attack on Titan|anime|Attack on Titan;AoT;SnK;Shingeki no Kyojin
c Eren Jäger|m|Eren;Eren Yeager;Eren Jaeger;Jaeger;Yeager;Jäger
c Levi Ackerman|m|Levi Ackerman;Captain Levi;Heichou;Corporal Levi;Levi Heichou;Rivaille|Levi||Humanity's Strongest;the Captain
c Mikasa Ackerman|f|Mikasa
c Armin Arlert|m|Armin;Arlert
c Erwin Smith|m|Erwin;Commander Erwin
c Hange Zoë|n|Hange;Hanji;Zoe;Four-Eyes;Hange Zoe
c Jean Kirschtein|m|Jean Kirschtein;Kirschtein;Horseface;Horse Face|Jean
c Marco Bott|m|Marco Bott;Marco
c Reiner Braun|m|Reiner
c Bertholdt Hoover|m|Bertholdt;Bertolt
c Annie Leonhart|f|Annie Leonhart;Leonhart|Annie
c Historia Reiss|f|Historia;Krista Lenz;Krista
c Ymir (Shingeki no Kyojin)|f|Ymir
c Sasha Blouse|f|Sasha;Potato Girl
c Connie Springer|m|Connie
c Zeke Jäger|m|Zeke;Beast Titan
c Porco Galliard|m|Porco;Pieck
v Titan;Titans;titan;titans;the Walls;Wall Maria;Wall Rose;Wall Sina;Survey Corps;Scout Regiment;Scouts;Garrison;Military Police;ODM gear;ODM;3DMG;omni-directional mobility gear;Shiganshina;Marley;Marleyan;Paradis;Eldia;Eldian;Eldians;Colossal Titan;Armored Titan;Female Titan;Founding Titan;Attack Titan;Rumbling;Trost;Levi Squad;Nape;the basement;Yeagerists
p Eren Jäger/Levi Ackerman;Levi Ackerman/Eren Jäger;Erwin Smith/Levi Ackerman;Eren Jäger/Mikasa Ackerman;Armin Arlert/Eren Jäger;Jean Kirschtein/Marco Bott;Historia Reiss/Ymir (Shingeki no Kyojin);Bertholdt Hoover/Reiner Braun;Levi Ackerman/Hange Zoë;Levi Ackerman/Reader;Armin Arlert & Eren Jäger & Mikasa Ackerman

@Jujutsu Kaisen (Anime)|anime|Jujutsu Kaisen;JJK;呪術廻戦
c Gojo Satoru|m|Gojo;Satoru;Gojo-sensei;Gojou Satoru||the Strongest;Six Eyes
c Getou Suguru|m|Geto;Getou;Suguru;Geto Suguru
c Itadori Yuuji|m|Itadori;Yuuji;Yuji;Itadori Yuji
c Fushiguro Megumi|m|Megumi;Fushiguro
c Kugisaki Nobara|f|Nobara;Kugisaki
c Ryoumen Sukuna|m|Sukuna;Ryomen Sukuna||King of Curses
c Nanami Kento|m|Nanami;Kento;Nanamin
c Fushiguro Touji|m|Touji;Toji;Toji Fushiguro
c Inumaki Toge|m|Inumaki;Toge
c Zen'in Maki|f|Maki;Maki Zenin
c Okkotsu Yuuta|m|Yuta;Yuuta;Okkotsu
c Ieiri Shoko|f|Shoko;Ieiri
c Choso (Jujutsu Kaisen)|m|Choso
c Mahito (Jujutsu Kaisen)|m|Mahito
c Panda (Jujutsu Kaisen)|m|Panda
v Jujutsu;jujutsu;Jujutsu High;Tokyo Jujutsu High;cursed energy;cursed technique;curse;curses;sorcerer;sorcerers;Domain Expansion;domain expansion;Infinity;Limitless;Hollow Purple;Black Flash;Shibuya;Shibuya Incident;special grade;Special Grade;Sukuna's fingers;binding vow;Ten Shadows;Zen'in clan;Gojo clan;Six Eyes;Kyoto
p Gojo Satoru/Getou Suguru;Getou Suguru/Gojo Satoru;Fushiguro Megumi/Itadori Yuuji;Itadori Yuuji/Fushiguro Megumi;Itadori Yuuji/Ryoumen Sukuna;Gojo Satoru/Reader;Nanami Kento/Reader;Fushiguro Touji/Reader;Fushiguro Megumi & Itadori Yuuji & Kugisaki Nobara

@One Piece|anime|ONE PIECE;One Piece (Anime & Manga)
c Monkey D. Luffy|m|Luffy;Straw Hat;Strawhat;Mugiwara;Monkey D. Luffy||Captain
c Roronoa Zoro|m|Zoro;Roronoa;Marimo;Mosshead;Pirate Hunter
c Sanji (One Piece)|m|Sanji;Black Leg;Curly Brow;Dartboard;Love Cook;Swirly Brow
c Nami (One Piece)|f|Nami
c Usopp (One Piece)|m|Usopp;Sogeking
c Tony Tony Chopper|m|Chopper
c Nico Robin|f|Nico Robin|Robin
c Franky (One Piece)|m|Franky
c Brook (One Piece)|m|Brook
c Jinbe (One Piece)|m|Jinbe;Jinbei
c Portgas D. Ace|m|Portgas D. Ace;Fire Fist|Ace
c Sabo (One Piece)|m|Sabo
c Trafalgar D. Water Law|m|Trafalgar Law;Law;Traffy;Torao
c Shanks (One Piece)|m|Shanks;Red-Haired Shanks
c Marco (One Piece)|m|Marco||the Phoenix
c Edward Newgate|m|Whitebeard;Pops;Edward Newgate
c Boa Hancock|f|Hancock;Boa Hancock
v Straw Hat Pirates;Straw Hats;Thousand Sunny;Sunny;Going Merry;Merry;Grand Line;Grand Line;New World;East Blue;Devil Fruit;devil fruit;Haki;haki;Marines;marines;Yonko;Warlord;Shichibukai;Gear Second;Gear Fifth;Wano;Dressrosa;Alabasta;Water 7;Enies Lobby;Marineford;Impel Down;Sabaody;Baratie;gum-gum;Gomu Gomu;nakama;Den Den Mushi;Log Pose;bounty;Berries;berries
p Roronoa Zoro/Sanji (One Piece);Sanji/Roronoa Zoro;Monkey D. Luffy/Trafalgar D. Water Law;Monkey D. Luffy/Roronoa Zoro;Marco/Portgas D. Ace;Marco (One Piece)/Portgas D. Ace;Monkey D. Luffy/Boa Hancock;Monkey D. Luffy & Portgas D. Ace & Sabo (One Piece);Nami/Nico Robin;Roronoa Zoro/Reader;Trafalgar D. Water Law/Reader

@Bleach (Anime & Manga)|anime|Bleach
c Kurosaki Ichigo|m|Ichigo;Kurosaki;Ichigo Kurosaki;Strawberry
c Kuchiki Rukia|f|Rukia
c Abarai Renji|m|Renji
c Kuchiki Byakuya|m|Byakuya;Kuchiki-taichou
c Ishida Uryuu|m|Ishida;Uryuu;Uryu
c Inoue Orihime|f|Orihime;Inoue
c Sado Yasutora|m|Chad;Sado
c Urahara Kisuke|m|Urahara;Kisuke;Hat-and-Clogs
c Shihouin Yoruichi|f|Yoruichi
c Hitsugaya Toushirou|m|Hitsugaya;Toshiro;Shiro-chan
c Zaraki Kenpachi|m|Kenpachi;Zaraki
c Grimmjow Jaegerjaquez|m|Grimmjow
c Ulquiorra Cifer|m|Ulquiorra
c Aizen Sousuke|m|Aizen
c Ichimaru Gin|m|Gin;Ichimaru
c Shinji Hirako|m|Shinji Hirako;Hirako
c Kyouraku Shunsui|m|Shunsui;Kyoraku
c Ukitake Juushirou|m|Ukitake
v Soul Society;Seireitei;Rukongai;Hueco Mundo;Las Noches;Gotei 13;Shinigami;shinigami;Soul Reaper;Soul Reapers;zanpakuto;zanpakutou;bankai;Bankai;shikai;Shikai;Hollow;Hollows;hollow;Arrancar;Espada;Visored;Vizard;kido;kidou;Quincy;Karakura;Karakura Town;reiatsu;Senbonzakura;Zangetsu;captain's haori
p Kurosaki Ichigo/Kuchiki Rukia;Grimmjow Jaegerjaquez/Kurosaki Ichigo;Abarai Renji/Kuchiki Byakuya;Abarai Renji/Kuchiki Rukia;Ishida Uryuu/Kurosaki Ichigo;Ulquiorra Cifer/Inoue Orihime;Kurosaki Ichigo/Inoue Orihime;Kyouraku Shunsui/Ukitake Juushirou;Aizen Sousuke/Ichimaru Gin

@Hagane no Renkinjutsushi | Fullmetal Alchemist|anime|Fullmetal Alchemist;FMA;FMAB;Fullmetal Alchemist: Brotherhood
c Edward Elric|m|Edward Elric;Ed;Edo;Fullmetal;Shrimp|Edward||the Fullmetal Alchemist;Brother
c Alphonse Elric|m|Alphonse;Al;Alphonse Elric
c Roy Mustang|m|Mustang;Roy Mustang;Colonel Mustang;Colonel Bastard|Roy||the Flame Alchemist;the Colonel
c Riza Hawkeye|f|Riza;Hawkeye;Lieutenant Hawkeye
c Winry Rockbell|f|Winry
c Maes Hughes|m|Hughes;Maes
c Ling Yao|m|Ling;Greed
c Alex Louis Armstrong|m|Armstrong
c Olivier Mira Armstrong|f|Olivier
c Jean Havoc|m|Havoc
c Scar (Fullmetal Alchemist)|m|Scar
c Izumi Curtis|f|Izumi;Teacher
c Van Hohenheim|m|Hohenheim
c Envy (Fullmetal Alchemist)|n|Envy
v alchemy;alchemist;alchemists;State Alchemist;Philosopher's Stone;transmutation;transmutation circle;human transmutation;equivalent exchange;Equivalent Exchange;automail;Amestris;Amestrian;Central;Central City;Resembool;Ishval;Ishvalan;Ishbal;homunculus;Homunculus;homunculi;the Gate;Truth;Xing;Xingese;Rush Valley;Briggs;Dog of the Military;alkahestry
p Edward Elric/Roy Mustang;Roy Mustang/Edward Elric;Roy Mustang/Riza Hawkeye;Edward Elric/Winry Rockbell;Ling Yao/Edward Elric;Alphonse Elric & Edward Elric;Roy Mustang & Maes Hughes

@Yuri!!! on Ice (Anime)|anime|Yuri on Ice;YOI
c Katsuki Yuuri|m|Yuuri;Katsuki;Katsudon;Yuuri Katsuki;Katsuki Yuuri
c Victor Nikiforov|m|Victor;Viktor;Vitya;Nikiforov;Viktor Nikiforov;Victor Nikiforov
c Yuri Plisetsky|m|Plisetsky;Yura;Yurio;Yuratchka;Russian Punk
c Otabek Altin|m|Otabek;Beka
c Phichit Chulanont|m|Phichit
c Christophe Giacometti|m|Chris Giacometti;Christophe;Giacometti
c Yakov Feltsman|m|Yakov
c Minami Kenjirou|m|Minami
c Jean-Jacques Leroy|m|JJ Leroy;Jean-Jacques
v figure skating;skating;skate;skater;skaters;Grand Prix;Grand Prix Final;GPF;quad flip;quad;quad salchow;triple axel;free skate;short program;the ice;the rink;Ice Castle;Hasetsu;St. Petersburg;Makkachin;Eros;Agape;Stammi Vicino;kiss and cry;Worlds;katsudon;coach
p Katsuki Yuuri/Victor Nikiforov;Victor Nikiforov/Katsuki Yuuri;Otabek Altin/Yuri Plisetsky;Phichit Chulanont/Katsuki Yuuri;Katsuki Yuuri & Phichit Chulanont

@JoJo no Kimyou na Bouken | JoJo's Bizarre Adventure|anime|JoJo's Bizarre Adventure;JJBA;Jojo
c Kujo Jotaro|m|Jotaro;Jotaro Kujo;JoJo
c Kakyoin Noriaki|m|Kakyoin;Noriaki
c Jean Pierre Polnareff|m|Polnareff
c Joseph Joestar|m|Joseph;Joseph Joestar
c Caesar Anthonio Zeppeli|m|Caesar;Caesar Zeppeli
c DIO (JoJo no Kimyou na Bouken)|m|DIO;Dio;Dio Brando
c Jonathan Joestar|m|Jonathan Joestar
c Giorno Giovanna|m|Giorno;Haruno Shiobana
c Bruno Bucciarati|m|Bucciarati;Bruno
c Leone Abbacchio|m|Abbacchio
c Guido Mista|m|Mista
c Narancia Ghirga|m|Narancia
c Pannacotta Fugo|m|Fugo
c Higashikata Josuke|m|Josuke
c Kishibe Rohan|m|Rohan
c Kira Yoshikage|m|Kira Yoshikage;Kira
v Stand;Stands;Stand user;Star Platinum;Hierophant Green;ZA WARUDO;Za Warudo;The World;Gold Experience;Killer Queen;Crazy Diamond;Hamon;hamon;Passione;Morioh;Egypt;Joestar;Joestars;Speedwagon;ORA ORA;ora ora;yare yare;Yare yare daze;arrow;Pillar Men
p Kakyoin Noriaki/Kujo Jotaro;Kujo Jotaro/Kakyoin Noriaki;Caesar Anthonio Zeppeli/Joseph Joestar;Bruno Bucciarati/Giorno Giovanna;Leone Abbacchio/Bruno Bucciarati;DIO (JoJo no Kimyou na Bouken)/Jonathan Joestar;Jonathan Joestar/DIO;Narancia Ghirga/Pannacotta Fugo

@Bishoujo Senshi Sailor Moon|anime|Sailor Moon;Pretty Guardian Sailor Moon
c Tsukino Usagi|f|Usagi;Bunny;Serena;Usagi Tsukino;Sailor Moon;Odango||Princess Serenity;Neo-Queen Serenity
c Chiba Mamoru|m|Mamoru;Darien;Tuxedo Mask;Tuxedo Kamen;Endymion;Mamo-chan||Prince Endymion
c Mizuno Ami|f|Ami;Amy;Sailor Mercury
c Hino Rei|f|Rei;Raye;Sailor Mars
c Kino Makoto|f|Makoto;Lita;Sailor Jupiter;Mako-chan
c Aino Minako|f|Minako;Mina;Sailor Venus
c Tenoh Haruka|f|Haruka;Amara;Sailor Uranus
c Kaiou Michiru|f|Michiru;Michelle;Sailor Neptune
c Meiou Setsuna|f|Setsuna;Sailor Pluto
c Tomoe Hotaru|f|Hotaru;Sailor Saturn
c Chibiusa|f|Chibiusa;Rini;Small Lady
c Luna (Sailor Moon)|f|Luna
c Artemis (Sailor Moon)|m|Artemis
c Seiya Kou|m|Seiya;Sailor Star Fighter
v Sailor Senshi;senshi;Sailor Scouts;Moon Kingdom;Silver Millennium;Crystal Tokyo;Silver Crystal;Moon Prism Power;transformation brooch;henshin;Dark Kingdom;Queen Beryl;Juban;Crown Arcade;Hikawa Shrine;the Outers;Inner Senshi;Outer Senshi;Starlights;Sailor Guardians;Make Up;moon tiara
p Chiba Mamoru/Tsukino Usagi;Tsukino Usagi/Chiba Mamoru;Kaiou Michiru/Tenoh Haruka;Tenoh Haruka/Kaiou Michiru;Seiya Kou/Tsukino Usagi;Aino Minako/Hino Rei

@Pocket Monsters | Pokemon - All Media Types|anime|Pokemon;Pokémon
c Satoshi (Pokemon)|m|Ash;Ash Ketchum;Satoshi
c Kasumi (Pokemon)|f|Misty;Kasumi
c Takeshi (Pokemon)|m|Brock;Takeshi
c Shigeru (Pokemon)|m|Gary;Gary Oak;Shigeru
c Pikachu|-|Pikachu;Pika
c Serena (Pokemon)|f|Serena
c Red (Pokemon)|m|Red
c Green (Pokemon)|m|Green;Blue
c N (Pokemon)|m|N;Natural Harmonia Gropius
c Leon (Pokemon)|m|Leon;Champion Leon
c Raihan (Pokemon)|m|Raihan
c Kabu (Pokemon)|m|Kabu
c Cynthia (Pokemon)|f|Cynthia
c Lance (Pokemon)|m|Lance
c Professor Oak|m|Professor Oak;Oak
c Jessie (Pokemon)|f|Jessie
c James (Pokemon)|m|James
c Meowth|m|Meowth
v Pokémon;Pokemon;pokemon;pokémon;Poké Ball;Pokeball;Pokéball;Pokédex;Pokedex;Pokémon Center;Pokemon Center;Gym Leader;gym leader;gym badge;badge;Team Rocket;Pallet Town;Kanto;Johto;Hoenn;Sinnoh;Unova;Kalos;Alola;Galar;Paldea;Charizard;Eevee;Bulbasaur;Squirtle;Charmander;Mewtwo;Lucario;Gengar;Snorlax;Gyarados;Pokémon League;Champion;trainer;Trainer;evolve;evolved;Dynamax;Wyndon;Hammerlocke;Spikemuth;Elite Four
p Raihan/Leon (Pokemon);Leon/Raihan (Pokemon);Satoshi/Shigeru (Pokemon);Satoshi/Kasumi (Pokemon);Satoshi/Serena (Pokemon);Green/Red (Pokemon);Red/Green (Pokemon);Jessie/James (Pokemon)

@Axis Powers Hetalia|anime|Hetalia;Hetalia: Axis Powers;APH
c America (Hetalia)|m|Alfred F. Jones;Alfred Jones|Alfred;America
c England (Hetalia)|m|Arthur Kirkland;Iggy;Kirkland|Arthur;England
c France (Hetalia)|m|Francis Bonnefoy;Francis;Bonnefoy|France
c Russia (Hetalia)|m|Ivan Braginski;Ivan|Russia
c China (Hetalia)|m|Yao Wang;Wang Yao;Yao|China
c Japan (Hetalia)|m|Kiku Honda;Kiku|Japan
c Germany (Hetalia)|m|Ludwig|Germany
c North Italy (Hetalia)|m|Feliciano;Feliciano Vargas;Veneziano|Italy;North Italy
c South Italy (Hetalia)|m|Lovino;Lovino Vargas|Romano;South Italy
c Prussia (Hetalia)|m|Gilbert;Gilbert Beilschmidt|Prussia
c Spain (Hetalia)|m|Antonio;Antonio Fernández Carriedo|Spain
c Canada (Hetalia)|m|Matthew Williams;Mattie|Canada
c Austria (Hetalia)|m|Roderich|Austria
c Hungary (Hetalia)|f|Elizabeta;Elizaveta|Hungary
c Poland (Hetalia)|m|Feliks|Poland
c Lithuania (Hetalia)|m|Toris|Lithuania
v nations;nation;personification;personifications;world meeting;World Meeting;the Axis;the Allies;Allied Forces;pasta;veee;Ve~;hamburger;hamburgers;scones;tomatoes;the Bad Touch Trio;Bad Touch Trio;kesesese;aru;da ze;Hero;the hero
p America/England (Hetalia);England/America (Hetalia);Germany/North Italy (Hetalia);South Italy/Spain (Hetalia);France/England (Hetalia);America/Russia (Hetalia);Austria/Hungary (Hetalia);Canada/Prussia (Hetalia);Lithuania/Poland (Hetalia)

@Kimetsu no Yaiba | Demon Slayer|anime|Demon Slayer;Kimetsu no Yaiba;KnY
c Kamado Tanjirou|m|Tanjirou;Tanjiro;Kamado;Tanjiro Kamado
c Kamado Nezuko|f|Nezuko
c Agatsuma Zenitsu|m|Zenitsu
c Hashibira Inosuke|m|Inosuke;Pig Head
c Tomioka Giyuu|m|Giyuu;Tomioka;Giyu
c Rengoku Kyoujurou|m|Rengoku;Kyojuro;Kyoujurou
c Kochou Shinobu|f|Shinobu;Kochou;Kocho
c Uzui Tengen|m|Uzui;Tengen
c Shinazugawa Sanemi|m|Sanemi;Shinazugawa
c Tokitou Muichirou|m|Muichiro;Tokito
c Kibutsuji Muzan|m|Muzan;Kibutsuji
c Kanroji Mitsuri|f|Mitsuri;Kanroji
c Iguro Obanai|m|Obanai;Iguro
c Akaza (Kimetsu no Yaiba)|m|Akaza
c Douma (Kimetsu no Yaiba)|m|Douma;Doma
v Demon Slayer Corps;Demon Slayer;demon slayers;Hashira;hashira;Breathing;Water Breathing;Flame Breathing;Thunder Breathing;Sun Breathing;Nichirin;nichirin;Upper Moon;Upper Moons;Lower Moon;Twelve Kizuki;Mugen Train;Butterfly Mansion;Final Selection;kasugai crow;wisteria;Total Concentration;demon;demons
p Agatsuma Zenitsu/Kamado Tanjirou;Kamado Tanjirou/Tomioka Giyuu;Tomioka Giyuu/Kamado Tanjirou;Shinazugawa Sanemi/Tomioka Giyuu;Iguro Obanai/Kanroji Mitsuri;Agatsuma Zenitsu/Kamado Nezuko;Kamado Nezuko & Kamado Tanjirou;Rengoku Kyoujurou/Reader

@Hunter x Hunter|anime|HxH;Hunter X Hunter (2011)
c Gon Freecss|m|Gon;Freecss
c Killua Zoldyck|m|Killua;Zoldyck
c Kurapika (Hunter x Hunter)|m|Kurapika
c Leorio Paladiknight|m|Leorio
c Hisoka Morow|m|Hisoka
c Chrollo Lucilfer|m|Chrollo;Kuroro
c Illumi Zoldyck|m|Illumi
c Alluka Zoldyck|f|Alluka;Nanika
c Ging Freecss|m|Ging
c Netero (Hunter x Hunter)|m|Netero
c Meruem (Hunter x Hunter)|m|Meruem
v Hunter Exam;Hunter License;Nen;nen;Hatsu;Ten;Zetsu;Ren;Gyo;Phantom Troupe;Spiders;the Spiders;Heavens Arena;Heaven's Arena;Greed Island;Chimera Ant;Chimera Ants;Kukuroo Mountain;Yorknew;Kurta;scarlet eyes;Whale Island;Hunter Association;Zodiacs
p Gon Freecss/Killua Zoldyck;Killua Zoldyck/Gon Freecss;Kurapika/Leorio Paladiknight;Leorio Paladiknight/Kurapika;Chrollo Lucilfer/Hisoka Morow;Hisoka Morow/Illumi Zoldyck;Gon Freecss & Killua Zoldyck

@Death Note|anime|DN
c Yagami Light|m|Light;Light Yagami;Raito;Kira
c L (Death Note)|m|L;Ryuuzaki;Ryuzaki;L Lawliet;Lawliet;Hideki Ryuga
c Mello (Death Note)|m|Mello;Mihael Keehl
c Near (Death Note)|m|Near;Nate River
c Matt (Death Note)|m|Matt;Mail Jeevas
c Amane Misa|f|Misa;Misa-Misa
c Ryuk (Death Note)|m|Ryuk||the Shinigami
c Rem (Death Note)|f|Rem
c Watari (Death Note)|m|Watari;Quillsh Wammy
c Mikami Teru|m|Mikami
v Death Note;the Death Note;the notebook;Shinigami;shinigami;Kira;Kira case;Kira investigation;Task Force;task force;Wammy's House;Wammy's;shinigami eyes;apples;the apple;NPA;heart attack;heart attacks
p L/Yagami Light (Death Note);Yagami Light/L (Death Note);L (Death Note)/Yagami Light;Mello/Matt (Death Note);Mello (Death Note)/Near (Death Note);Amane Misa/Yagami Light

@Chainsaw Man (Manga)|anime|Chainsaw Man;CSM
c Denji (Chainsaw Man)|m|Denji;Chainsaw Man
c Hayakawa Aki|m|Aki;Hayakawa
c Power (Chainsaw Man)|f|Power
c Makima (Chainsaw Man)|f|Makima
c Himeno (Chainsaw Man)|f|Himeno
c Kishibe (Chainsaw Man)|m|Kishibe
c Pochita (Chainsaw Man)|m|Pochita
c Reze (Chainsaw Man)|f|Reze;Bomb Devil
c Yoshida Hirofumi|m|Yoshida
c Mitaka Asa|f|Asa;Mitaka;Yoru;War Devil
v devil;devils;Devil Hunter;Devil Hunters;devil hunters;Public Safety;Special Division 4;Gun Devil;Control Devil;Fiends;fiend;contract;Future Devil;Fox Devil;chainsaw;chainsaws;the starter cord
p Denji/Hayakawa Aki;Hayakawa Aki/Denji;Denji/Makima (Chainsaw Man);Denji & Hayakawa Aki & Power (Chainsaw Man);Denji/Reze (Chainsaw Man);Hayakawa Aki/Himeno (Chainsaw Man)

@Bungou Stray Dogs|anime|BSD;Bungo Stray Dogs;文豪ストレイドッグス
c Dazai Osamu (Bungou Stray Dogs)|m|Dazai;Osamu Dazai;Dazai-san;Mackerel
c Nakahara Chuuya|m|Chuuya;Chuya;Nakahara;Chibi;Slug
c Nakajima Atsushi|m|Atsushi;Tiger;Weretiger
c Akutagawa Ryuunosuke|m|Akutagawa;Ryuunosuke
c Kunikida Doppo|m|Kunikida
c Mori Ougai|m|Mori;Mori Ougai;Boss
c Edogawa Ranpo|m|Ranpo
c Fyodor Dostoyevsky (Bungou Stray Dogs)|m|Fyodor;Dostoevsky;Dostoyevsky;Fedya
c Nikolai Gogol (Bungou Stray Dogs)|m|Gogol;Nikolai
c Oda Sakunosuke (Bungou Stray Dogs)|m|Odasaku;Oda
c Izumi Kyouka|f|Kyouka
c Yosano Akiko|f|Yosano
c Sigma (Bungou Stray Dogs)|m|Sigma
c Tachihara Michizou|m|Tachihara
v Armed Detective Agency;the Agency;Port Mafia;the Mafia;ability user;ability users;Ability;No Longer Human;For the Tainted Sorrow;Rashomon;Beast Beneath the Moonlight;Double Black;Soukoku;Decay of Angels;Guild;The Guild;Yokohama;Rats in the House of the Dead;Hunting Dogs;Skill Nullification;Lupin;Book;the Book;Ability Special Division
p Dazai Osamu (Bungou Stray Dogs)/Nakahara Chuuya;Akutagawa Ryuunosuke/Nakajima Atsushi;Nakajima Atsushi/Akutagawa Ryuunosuke;Fyodor Dostoyevsky (Bungou Stray Dogs)/Nikolai Gogol (Bungou Stray Dogs);Dazai Osamu (Bungou Stray Dogs)/Oda Sakunosuke (Bungou Stray Dogs);Dazai Osamu (Bungou Stray Dogs)/Reader;Nakahara Chuuya/Reader;Dazai Osamu & Nakahara Chuuya

@Tokyo Revengers (Anime)|anime|Tokyo Revengers;Tokyo卍リベンジャーズ
c Hanagaki Takemichi|m|Takemichi;Takemitchy;Hanagaki;Crybaby Hero
c Sano Manjirou|m|Mikey;Manjiro;Sano;Manjirou
c Ryuuguuji Ken|m|Draken;Ken-chin;Ryuguji
c Matsuno Chifuyu|m|Chifuyu
c Baji Keisuke|m|Baji
c Kisaki Tetta|m|Kisaki
c Hanma Shuuji|m|Hanma
c Mitsuya Takashi|m|Mitsuya
c Hayashi Ryouhei|m|Peh-yan
c Tachibana Hinata|f|Hina;Hinata Tachibana
c Kokonoi Hajime|m|Koko;Kokonoi
c Inui Seishu|m|Inupi;Inui
c Haitani Ran|m|Ran Haitani
c Haitani Rindou|m|Rindou;Rindo
c Kakuchou (Tokyo Revengers)|m|Kakucho;Kakuchou
v Toman;Tokyo Manji Gang;Tokyo Manji;Valhalla;Black Dragons;Black Dragon;Tenjiku;Bonten;time leap;time leaps;time-leap;leaper;the future;Bloody Halloween;Bloody Halloween;gang;bosozoku;bōsōzoku;bike;bikes;CB250T;Babu;tokkoufuku
p Hanagaki Takemichi/Sano Manjirou;Sano Manjirou/Hanagaki Takemichi;Baji Keisuke/Matsuno Chifuyu;Matsuno Chifuyu/Baji Keisuke;Inui Seishu/Kokonoi Hajime;Haitani Ran/Haitani Rindou;Sano Manjirou & Ryuuguuji Ken

@Kuroko no Basuke|anime|Kuroko's Basketball;KnB
c Kuroko Tetsuya|m|Kuroko;Tetsuya;Tetsu;Kurokocchi
c Kagami Taiga|m|Kagami;Taiga;Bakagami
c Aomine Daiki|m|Aomine;Daiki;Ahomine;Aominecchi
c Kise Ryouta|m|Kise;Ryouta;Kise-kun
c Midorima Shintarou|m|Midorima;Shintarou;Shin-chan;Midorimacchi
c Akashi Seijuurou|m|Akashi;Seijuurou;Sei;Akashicchi
c Murasakibara Atsushi|m|Murasakibara;Mukkun;Murasakibaracchi
c Takao Kazunari|m|Takao;Kazunari
c Momoi Satsuki|f|Momoi;Satsuki;Momocchi
c Himuro Tatsuya|m|Himuro;Tatsuya
c Kasamatsu Yukio|m|Kasamatsu
c Furihata Kouki|m|Furihata
v Generation of Miracles;Kiseki no Sedai;Teikou;Seirin;Touou;Kaijou;Shuutoku;Rakuzan;Yosen;Winter Cup;Inter-High;basketball;court;misdirection;Zone;the Zone;phantom sixth man;vanilla shake;Maji Burger
p Aomine Daiki/Kagami Taiga;Aomine Daiki/Kise Ryouta;Kagami Taiga/Kuroko Tetsuya;Kuroko Tetsuya/Kagami Taiga;Midorima Shintarou/Takao Kazunari;Akashi Seijuurou/Kuroko Tetsuya;Akashi Seijuurou/Furihata Kouki;Kasamatsu Yukio/Kise Ryouta

@Genshin Impact (Video Game)|game|Genshin Impact;Genshin;原神
c Zhongli (Genshin Impact)|m|Zhongli;Morax;Rex Lapis||Geo Archon;the Archon
c Tartaglia | Childe (Genshin Impact)|m|Childe;Tartaglia;Ajax||the Harbinger
c Venti (Genshin Impact)|m|Venti;Barbatos||Anemo Archon;the bard
c Xiao (Genshin Impact)|m|Xiao;Alatus
c Diluc Ragnvindr|m|Diluc;Master Diluc
c Kaeya Alberich|m|Kaeya;Kaeya Alberich
c Albedo (Genshin Impact)|m|Albedo
c Aether (Genshin Impact)|m|Aether||the Traveler;Traveler
c Lumine (Genshin Impact)|f|Lumine
c Paimon (Genshin Impact)|f|Paimon||emergency food
c Raiden Shogun (Genshin Impact)|f|Raiden;Raiden Shogun;Ei;Baal||Electro Archon
c Scaramouche (Genshin Impact)|m|Scaramouche;Wanderer;Kunikuzushi;Balladeer
c Kamisato Ayaka|f|Ayaka
c Kamisato Ayato|m|Ayato
c Thoma (Genshin Impact)|m|Thoma
c Kaedehara Kazuha|m|Kazuha
c Alhaitham (Genshin Impact)|m|Alhaitham;Haitham
c Kaveh (Genshin Impact)|m|Kaveh
c Cyno (Genshin Impact)|m|Cyno
c Tighnari (Genshin Impact)|m|Tighnari
c Neuvillette (Genshin Impact)|m|Neuvillette
c Wriothesley (Genshin Impact)|m|Wriothesley
c Furina (Genshin Impact)|f|Furina;Focalors
c Hu Tao (Genshin Impact)|f|Hu Tao
c Ganyu (Genshin Impact)|f|Ganyu
c Keqing (Genshin Impact)|f|Keqing
c Beidou (Genshin Impact)|f|Beidou
c Ningguang (Genshin Impact)|f|Ningguang
c Jean Gunnhildr|f|Jean Gunnhildr;Acting Grand Master
c Dainsleif (Genshin Impact)|m|Dainsleif;Dain
c Arlecchino (Genshin Impact)|f|Arlecchino;the Knave
v Teyvat;Mondstadt;Liyue;Inazuma;Sumeru;Fontaine;Natlan;Snezhnaya;Khaenri'ah;Celestia;Fatui;Harbinger;Harbingers;Archon;Archons;Vision;Visions;Gnosis;Gnoses;Knights of Favonius;Dawn Winery;Angel's Share;Wangshu Inn;Liyue Harbor;Jade Chamber;Akademiya;Abyss Order;Tsaritsa;Anemo;Geo;Electro;Dendro;Hydro;Pyro;Cryo;Adepti;adeptus;Mora;mora;Hilichurl;hilichurls;Wangsheng Funeral Parlor;Fortress of Meropide;cecilia;Cecilia;sweet flower;Sweet Madame
p Tartaglia | Childe/Zhongli (Genshin Impact);Zhongli/Tartaglia | Childe (Genshin Impact);Diluc Ragnvindr/Kaeya Alberich;Kaeya Alberich/Diluc Ragnvindr;Aether/Xiao (Genshin Impact);Alhaitham/Kaveh (Genshin Impact);Alhaitham (Genshin Impact)/Kaveh (Genshin Impact);Cyno/Tighnari (Genshin Impact);Neuvillette/Wriothesley (Genshin Impact);Albedo/Kaeya Alberich;Beidou/Ningguang (Genshin Impact);Kamisato Ayato/Thoma (Genshin Impact);Zhongli (Genshin Impact)/Reader;Xiao (Genshin Impact)/Reader;Scaramouche (Genshin Impact)/Reader;Tartaglia | Childe (Genshin Impact)/Reader;Aether (Genshin Impact) & Paimon (Genshin Impact)

@Dragon Age (Video Games)|game|Dragon Age;DA;Dragon Age: Inquisition;Dragon Age II;Dragon Age: Origins
c Solas (Dragon Age)|m|Solas;Fen'Harel;Dread Wolf||the Dread Wolf;hahren
c Inquisitor (Dragon Age)|-|Inquisitor;Lavellan;Trevelyan;Cadash;Adaar;Herald||the Herald of Andraste
c Female Lavellan|f|Lavellan;Inquisitor Lavellan
c Cullen Rutherford|m|Cullen;Commander Cullen;Rutherford
c Dorian Pavus|m|Dorian;Pavus
c The Iron Bull|m|Iron Bull;the Iron Bull;Bull;Hissrad
c Cassandra Pentaghast|f|Cassandra;Seeker Pentaghast;Pentaghast||the Seeker
c Varric Tethras|m|Varric
c Sera (Dragon Age)|f|Sera
c Josephine Montilyet|f|Josephine;Josie
c Leliana (Dragon Age)|f|Leliana;Sister Nightingale||the Spymaster;Nightingale
c Morrigan (Dragon Age)|f|Morrigan
c Alistair (Dragon Age)|m|Alistair
c Zevran Arainai|m|Zevran
c Fenris (Dragon Age)|m|Fenris
c Anders (Dragon Age)|m|Anders;Justice
c Hawke (Dragon Age)|-|Hawke;Marian Hawke;Garrett Hawke;Champion of Kirkwall||the Champion
c Isabela (Dragon Age)|f|Isabela
c Merrill (Dragon Age)|f|Merrill;Daisy
c Cole (Dragon Age)|m|Cole
c Blackwall (Dragon Age)|m|Blackwall;Thom Rainier
c Warden (Dragon Age)|-|Warden;the Warden;Hero of Ferelden;Surana;Cousland;Tabris;Mahariel;Amell
v Thedas;Ferelden;Orlais;Orlesian;Kirkwall;Tevinter;Tevinter Imperium;Skyhold;Haven;the Fade;Fade;Breach;the Breach;Inquisition;the Inquisition;Chantry;Andraste;Maker;Maker's breath;Grey Warden;Grey Wardens;Darkspawn;darkspawn;Blight;the Blight;templar;templars;Templar;Templars;lyrium;red lyrium;mage;mages;Circle;the Circle;qunari;Qunari;Qun;Dalish;elvhen;Elvhen;vallaslin;Arlathan;Venatori;Corypheus;Archdemon;Denerim;Redcliffe;Val Royeaux;Minrathous;abomination;blood magic;Tranquil;Dwarven;dwarven;Orzammar;Carta;Anchor;the Anchor;war table
p Female Lavellan/Solas;Lavellan/Solas;Solas/Female Lavellan;Dorian Pavus/The Iron Bull;The Iron Bull/Dorian Pavus;Cullen Rutherford/Female Trevelyan;Cullen Rutherford/Inquisitor (Dragon Age);Anders/Hawke (Dragon Age);Fenris/Hawke (Dragon Age);Alistair/Warden (Dragon Age);Morrigan/Warden (Dragon Age);Zevran Arainai/Warden (Dragon Age);Josephine Montilyet/Inquisitor (Dragon Age);Cassandra Pentaghast/Inquisitor (Dragon Age);Cassandra Pentaghast & Varric Tethras;Cullen Rutherford/Dorian Pavus;Fenris/Hawke;Solas/Reader

@Mass Effect Trilogy|game|Mass Effect;ME;Mass Effect (Video Games)
c Commander Shepard|-|Shepard;Commander Shepard;Jane Shepard;John Shepard;Loco;Shep||the Commander;Commander
c Female Shepard|f|FemShep
c Male Shepard|m|ManShep
c Garrus Vakarian|m|Garrus;Vakarian;Archangel
c Kaidan Alenko|m|Kaidan;Alenko
c Liara T'Soni|f|Liara;T'Soni;Shadow Broker
c Tali'Zorah nar Rayya|f|Tali;Tali'Zorah
c Urdnot Wrex|m|Wrex;Urdnot Wrex
c Ashley Williams|f|Ashley;Ash;Williams
c Thane Krios|m|Thane
c Jeff "Joker" Moreau|m|Joker;Jeff Moreau
c EDI (Mass Effect)|f|EDI
c James Vega|m|Vega;James Vega
c Jack (Mass Effect)|f|Subject Zero
c Miranda Lawson|f|Miranda
c Mordin Solus|m|Mordin
c David Anderson|m|Anderson;Admiral Anderson;Captain Anderson
c Saren Arterius|m|Saren
c The Illusive Man|m|Illusive Man;Jack Harper;TIM
v Normandy;the Normandy;SSV Normandy;Citadel;the Citadel;Reapers;Reaper;Spectre;Spectres;Council;the Council;turian;turians;Turian;asari;Asari;krogan;Krogan;salarian;salarians;quarian;quarians;Quarian;geth;Geth;Protheans;prothean;Cerberus;biotic;biotics;omni-tool;Omega;Palaven;Tuchanka;Rannoch;Thessia;the Crucible;Mako;Alliance;Systems Alliance;mass relay;dextro;levo;Illium;Collectors;genophage;calibrations;Calibrations
p Garrus Vakarian/Commander Shepard;Commander Shepard/Garrus Vakarian;Female Shepard/Garrus Vakarian;Commander Shepard/Kaidan Alenko;Kaidan Alenko/Male Shepard;Commander Shepard/Liara T'Soni;Tali'Zorah nar Rayya/Garrus Vakarian;Commander Shepard/Thane Krios;Commander Shepard/Miranda Lawson;EDI/Jeff "Joker" Moreau;Garrus Vakarian & Commander Shepard

@Undertale (Video Game)|game|Undertale;UT
c Sans (Undertale)|m|Sans;Sans the Skeleton;comic sans;Comic Sans
c Papyrus (Undertale)|m|Papyrus;the Great Papyrus;The Great Papyrus;Paps
c Frisk (Undertale)|n|Frisk||the human;the kid
c Chara (Undertale)|n|Chara||the fallen human
c Toriel (Undertale)|f|Toriel;Tori;Goat Mom
c Asgore Dreemurr|m|Asgore;King Asgore;Fluffybuns;Dreemurr
c Asriel Dreemurr|m|Asriel;Flowey||the flower
c Undyne (Undertale)|f|Undyne
c Alphys (Undertale)|f|Alphys;Dr. Alphys
c Mettaton (Undertale)|m|Mettaton;Mettaton EX
c W. D. Gaster|m|Gaster;W. D. Gaster;Wing Ding Gaster
c Napstablook (Undertale)|m|Napstablook;Blooky
c Muffet (Undertale)|f|Muffet
v the Underground;Underground;Mt. Ebott;Mount Ebott;Snowdin;Waterfall;Hotland;the Ruins;Ruins;New Home;the Barrier;the barrier;monsters;monster;SOUL;SOULs;soul;determination;DETERMINATION;LOVE;EXP;LV;Genocide;Genocide route;Pacifist;Pacifist route;Neutral route;RESET;reset;save point;SAVE;Grillby's;Grillby;butterscotch pie;spaghetti;ketchup;timeline;timelines;Judgment Hall;the Void;AU;Underfell;Underswap;Error;Ink;Nightmare;Dream;Cross
p Frisk/Sans (Undertale);Sans/Frisk (Undertale);Alphys/Undyne (Undertale);Sans/Toriel (Undertale);Sans (Undertale)/Toriel (Undertale);Papyrus/Mettaton (Undertale);Sans/Reader;Sans (Undertale)/Reader;Papyrus (Undertale) & Sans (Undertale);Asgore Dreemurr/Toriel (Undertale)

@Compilation of Final Fantasy VII|game|Final Fantasy VII;FFVII;FF7;Final Fantasy VII Remake;Crisis Core
c Cloud Strife|m|Cloud;Strife;Chocobo Head;spiky
c Zack Fair|m|Zack;Fair;Puppy
c Sephiroth (Compilation of Final Fantasy VII)|m|Sephiroth;Seph
c Tifa Lockhart|f|Tifa
c Aerith Gainsborough|f|Aerith;Aeris
c Barret Wallace|m|Barret
c Vincent Valentine|m|Vincent Valentine;Vincent
c Yuffie Kisaragi|f|Yuffie
c Reno (Compilation of Final Fantasy VII)|m|Reno
c Rufus Shinra|m|Rufus;Rufus Shinra
c Genesis Rhapsodos|m|Genesis
c Angeal Hewley|m|Angeal
c Tseng (Compilation of Final Fantasy VII)|m|Tseng
c Rude (Compilation of Final Fantasy VII)|m|Rude
c Red XIII (Compilation of Final Fantasy VII)|m|Red XIII;Nanaki
c Hojo (Compilation of Final Fantasy VII)|m|Hojo;Professor Hojo
c Cid Highwind|m|Cid
v Midgar;Shinra;Shin-Ra;ShinRa;SOLDIER;Soldier First Class;First Class;Turks;the Turks;AVALANCHE;Avalanche;Mako;mako;Materia;materia;Jenova;JENOVA;Lifestream;the Lifestream;Nibelheim;Sector 7;Seventh Heaven;Wall Market;Junon;Wutai;Cosmo Canyon;the Planet;Buster Sword;Masamune;limit break;Meteor;Geostigma;Edge;Gongaga;chocobo;chocobos;the Promised Land;Cetra;Ancients;Highwind
p Cloud Strife/Zack Fair;Zack Fair/Cloud Strife;Cloud Strife/Sephiroth (Compilation of Final Fantasy VII);Sephiroth/Cloud Strife;Cloud Strife/Tifa Lockhart;Aerith Gainsborough/Zack Fair;Aerith Gainsborough/Tifa Lockhart;Genesis Rhapsodos/Angeal Hewley;Reno/Rude (Compilation of Final Fantasy VII);Vincent Valentine/Cid Highwind;Sephiroth & Genesis Rhapsodos & Angeal Hewley

@Final Fantasy XV|game|FFXV;FF15
c Noctis Lucis Caelum|m|Noctis;Noct;Prince Noctis||His Highness;the prince;the King of Light;the Chosen King
c Ignis Scientia|m|Ignis;Iggy;Specs
c Gladiolus Amicitia|m|Gladio;Gladiolus;Big Guy
c Prompto Argentum|m|Prompto;Prom;Blondie
c Ardyn Izunia|m|Ardyn;Chancellor Izunia||the Chancellor
c Lunafreya Nox Fleuret|f|Luna;Lunafreya;Lady Lunafreya||the Oracle
c Ravus Nox Fleuret|m|Ravus
c Regis Lucis Caelum|m|Regis;King Regis
c Cor Leonis|m|Cor;the Immortal;Marshal
c Cindy Aurum|f|Cindy
c Aranea Highwind|f|Aranea
c Iris Amicitia|f|Iris Amicitia
v Lucis;Insomnia;Niflheim;Tenebrae;Altissia;Regalia;the Regalia;Crownsguard;Kingsglaive;Citadel;the Crystal;Crystal;Starscourge;daemon;daemons;Astrals;Astral;Six;the Six;Leviathan;Titan;Ramuh;Bahamut;Armiger;armiger;warp-strike;Hammerhead;Lestallum;Chocobo Post;camping;Cup Noodles;Carbuncle;Cosmogony;Magitek;MT
p Noctis Lucis Caelum/Prompto Argentum;Prompto Argentum/Noctis Lucis Caelum;Ignis Scientia/Noctis Lucis Caelum;Gladiolus Amicitia/Ignis Scientia;Ardyn Izunia/Noctis Lucis Caelum;Ardyn Izunia/Prompto Argentum;Lunafreya Nox Fleuret/Noctis Lucis Caelum;Gladiolus Amicitia & Ignis Scientia & Noctis Lucis Caelum & Prompto Argentum

@Final Fantasy XIV|game|FFXIV;FF14
c Warrior of Light (Final Fantasy XIV)|-|Warrior of Light;WoL;Warrior of Darkness||the Warrior of Light;the Scion
c Emet-Selch (Final Fantasy XIV)|m|Emet-Selch;Hades;Solus zos Galvus;Emet
c Hythlodaeus (Final Fantasy XIV)|m|Hythlodaeus
c G'raha Tia|m|G'raha;Crystal Exarch;Raha||the Exarch
c Alphinaud Leveilleur|m|Alphinaud
c Alisaie Leveilleur|f|Alisaie
c Y'shtola Rhul|f|Y'shtola;Shtola
c Thancred Waters|m|Thancred
c Urianger Augurelle|m|Urianger
c Estinien Varlineau|m|Estinien
c Aymeric de Borel|m|Aymeric
c Haurchefant Greystone|m|Haurchefant
c Zenos yae Galvus|m|Zenos
c Minfilia Warde|f|Minfilia
c Ryne Waters|f|Ryne
v Eorzea;Hydaelyn;Zodiark;Scions;the Scions;Scions of the Seventh Dawn;Garlemald;Garlean;Garlean Empire;Ishgard;Ishgardian;Limsa Lominsa;Gridania;Ul'dah;the First;Crystarium;Amaurot;Ascians;Ascian;the Source;shards;Rejoining;Sundering;aether;aetheryte;Miqo'te;miqo'te;Au Ra;Hrothgar;Viera;Lalafell;Elezen;Hyur;Roegadyn;primal;primals;Echo;the Echo;Ala Mhigo;Doma;Sharlayan;Old Sharlayan;Thavnair;Endwalker
p Emet-Selch/Warrior of Light (Final Fantasy XIV);Warrior of Light/Emet-Selch (Final Fantasy XIV);G'raha Tia/Warrior of Light (Final Fantasy XIV);Warrior of Light (Final Fantasy XIV)/G'raha Tia;Emet-Selch (Final Fantasy XIV)/Hythlodaeus (Final Fantasy XIV);Estinien Varlineau/Warrior of Light (Final Fantasy XIV);Aymeric de Borel/Warrior of Light (Final Fantasy XIV);Haurchefant Greystone/Warrior of Light (Final Fantasy XIV);Thancred Waters/Urianger Augurelle;Estinien Varlineau/Aymeric de Borel

@Overwatch (Video Game)|game|Overwatch;OW;Overwatch 2
c Jesse McCree|m|McCree;Jesse;Cole Cassidy;Cassidy;Cowboy
c Hanzo Shimada|m|Hanzo
c Genji Shimada|m|Genji
c Jack Morrison|m|Morrison;Soldier: 76;Soldier 76;Strike-Commander Morrison
c Gabriel Reyes|m|Reaper;Gabriel Reyes;Reyes;Gabe
c Angela Ziegler|f|Mercy;Angela;Angela Ziegler;Dr. Ziegler
c Lena Oxton|f|Tracer;Lena
c Amélie Lacroix|f|Widowmaker;Amelie;Amélie
c Fareeha Amari|f|Pharah;Fareeha
c Ana Amari|f|Ana Amari;Ana
c Hana Song|f|D.Va;Hana Song
c Lúcio Correia dos Santos|m|Lúcio;Lucio
c Jamison Fawkes|m|Junkrat;Jamison
c Mako Rutledge|m|Roadhog;Mako Rutledge
c Reinhardt Wilhelm|m|Reinhardt
c Winston (Overwatch)|m|Winston
c Sombra (Overwatch)|f|Sombra
c Zenyatta (Overwatch)|m|Zenyatta
c Emily (Overwatch)|f|Emily
v Overwatch;Blackwatch;Talon;Watchpoint;Watchpoint: Gibraltar;Gibraltar;Shimada clan;Hanamura;Omnic;Omnics;omnic;omnics;Omnic Crisis;Numbani;the recall;Recall;payload;ult;ultimate;Dragonstrike;Deadeye;Peacekeeper;Caduceus;Valkyrie;Junkertown;Helix;Petras Act;Null Sector
p Hanzo Shimada/Jesse McCree;Jesse McCree/Hanzo Shimada;Gabriel Reyes/Jack Morrison;Jack Morrison/Gabriel Reyes;Fareeha Amari/Angela Ziegler;Angela Ziegler/Fareeha Amari;Genji Shimada/Angela Ziegler;Emily (Overwatch)/Lena Oxton;Amélie Lacroix/Lena Oxton;Jamison Fawkes/Mako Rutledge;Genji Shimada/Zenyatta (Overwatch);Genji Shimada & Hanzo Shimada;Jesse McCree/Reader

@The Legend of Zelda & Related Fandoms|game|Zelda;Legend of Zelda;Breath of the Wild;Tears of the Kingdom;LoZ
c Link (Legend of Zelda)|m|Link;Hero of Time;Hero of Hyrule||the Hero;the hero;the Champion;Hylian Champion
c Zelda (Legend of Zelda)|f|Zelda;Princess Zelda||the Princess;Your Highness;the princess
c Ganondorf|m|Ganondorf;Ganon;Calamity Ganon||the Demon King;the Calamity
c Sidon (Legend of Zelda)|m|Sidon;Prince Sidon
c Revali (Legend of Zelda)|m|Revali
c Mipha (Legend of Zelda)|f|Mipha
c Urbosa (Legend of Zelda)|f|Urbosa
c Daruk (Legend of Zelda)|m|Daruk
c Impa (Legend of Zelda)|f|Impa
c Navi (Legend of Zelda)|f|Navi
c Midna (Legend of Zelda)|f|Midna||Imp
c Ghirahim (Legend of Zelda)|m|Ghirahim;Demon Lord Ghirahim
c Tetra (Legend of Zelda)|f|Tetra
c Sheik (Legend of Zelda)|-|Sheik
c Dark Link|m|Dark Link
c Yiga Clan|-|Yiga;Kohga
v Hyrule;Hyrule Castle;Hylian;Hylians;Triforce;Master Sword;Hylian Shield;Sheikah;Sheikah Slate;Gerudo;Zora;Zoras;Goron;Gorons;Rito;Korok;Koroks;Kokiri;Divine Beast;Divine Beasts;Champions;the Calamity;Calamity;Great Deku Tree;Ocarina;ocarina;Deku;rupee;rupees;Lon Lon Ranch;Kakariko;Death Mountain;Lost Woods;Temple of Time;Zonai;Ascend;Ultrahand;Guardian;Guardians;Sky Islands;Skyloft;Twilight Realm;Majora;Termina;Epona;the Great Fairy;Zora's Domain
p Link/Zelda (Legend of Zelda);Link (Legend of Zelda)/Zelda (Legend of Zelda);Link/Sidon (Legend of Zelda);Link (Legend of Zelda)/Sidon (Legend of Zelda);Link/Revali (Legend of Zelda);Link (Legend of Zelda)/Revali (Legend of Zelda);Link/Mipha (Legend of Zelda);Link (Legend of Zelda)/Mipha (Legend of Zelda);Dark Link/Link (Legend of Zelda);Link (Legend of Zelda)/Ghirahim (Legend of Zelda);Link (Legend of Zelda)/Midna (Legend of Zelda);Link (Legend of Zelda) & Zelda (Legend of Zelda)
"""
