"""Pack source: TV shows and films (format in build_packs.py)."""

SOURCE = r"""
@Buffy the Vampire Slayer|tv|BtVS;Buffy
c Buffy Summers|f|Buffy Anne Summers|Buff;Summers|the Slayer;the Chosen One
c Rupert Giles|m|Giles;Ripper;G-Man||the Watcher
c Willow Rosenberg|f|Willow;Will;Wills
c Xander Harris|m|Xander;Alexander Harris;Xan
c Spike (Buffy the Vampire Slayer)|m|Spike;William the Bloody;Blondie||Big Bad
c Angel (Buffy the Vampire Slayer)|m|Angel;Angelus;Liam
c Cordelia Chase|f|Cordelia;Cordy
c Faith Lehane|f|Faith||the other Slayer
c Dawn Summers|f|Dawnie|Dawn
c Tara Maclay|f|Tara
c Anya (Buffy the Vampire Slayer)|f|Anya;Anyanka
c Oz (Buffy the Vampire Slayer)|m|Oz;Daniel Osbourne
c Joyce Summers|f|Joyce|Mrs. Summers
c Jenny Calendar|f|Jenny Calendar;Ms. Calendar
c Drusilla (Buffy the Vampire Slayer)|f|Drusilla;Dru
c Riley Finn|m|Riley
v Sunnydale;Hellmouth;Scooby Gang;Scoobies;Watchers' Council;Watchers Council;Sunnydale High;the Bronze;Magic Box;Slayer;Slayers;vampire;vampires;stake;Initiative;Glory
p Buffy Summers/Spike (Buffy the Vampire Slayer);Angel (Buffy the Vampire Slayer)/Buffy Summers;Willow Rosenberg/Tara Maclay;Rupert Giles/Jenny Calendar;Buffy Summers/Faith Lehane;Anya (Buffy the Vampire Slayer)/Xander Harris;Oz (Buffy the Vampire Slayer)/Willow Rosenberg;Buffy Summers & Willow Rosenberg;Buffy Summers & Rupert Giles;Spike (Buffy the Vampire Slayer)/Xander Harris;Buffy Summers/Riley Finn;Cordelia Chase/Xander Harris

@Supernatural (TV 2005)|tv|Supernatural;SPN
c Dean Winchester|m|Dean;Deano|Winchester
c Sam Winchester|m|Sammy;Samuel Winchester|Sam;Winchester
c Castiel (Supernatural)|m|Castiel;Cas;Cass||the angel
c Bobby Singer|m|Bobby|Singer
c John Winchester|m||John
c Mary Winchester|f||Mary
c Crowley (Supernatural)|m|Crowley|Fergus
c Gabriel (Supernatural)|m|Gabriel;Loki||the Trickster
c Jack Kline|m||Jack
c Lucifer (Supernatural)|m|Lucifer;Lucy
c Charlie Bradbury|f|Charlie Bradbury|Charlie
c Jo Harvelle|f|Jo Harvelle|Jo
c Ellen Harvelle|f|Ellen Harvelle|Ellen
c Kevin Tran|m|Kevin Tran|Kevin
c Rowena MacLeod|f|Rowena
c Chuck Shurley|m|Chuck||God
c Eileen Leahy|f|Eileen
v Impala;Baby;hunter;hunters;hunting;salt line;Men of Letters;bunker;Roadhouse;demon;demons;angel blade;Enochian;Purgatory;Heaven;Hell;Leviathan;Colt;devil's trap;Kansas;Lawrence
p Castiel/Dean Winchester;Dean Winchester & Sam Winchester;Dean Winchester/Sam Winchester;Gabriel/Sam Winchester;Castiel & Dean Winchester;Crowley/Dean Winchester;Sam Winchester/Eileen Leahy;Bobby Singer & Dean Winchester;Dean Winchester/Reader;Sam Winchester/Reader;Castiel/Reader

@Sherlock (TV)|tv|BBC Sherlock;Sherlock BBC
c Sherlock Holmes|m|Sherlock;Holmes;Shezza||the detective;the consulting detective
c John Watson|m|Watson;Dr Watson;Dr. Watson;Captain Watson|John
c Mycroft Holmes|m|Mycroft;Myc
c Greg Lestrade|m|Lestrade;Detective Inspector Lestrade;Gavin|Greg|the DI
c Molly Hooper|f|Molly Hooper|Molly
c Martha Hudson|f|Mrs Hudson;Mrs. Hudson
c Jim Moriarty|m|Moriarty;Jim from IT|Jim
c Mary Morstan|f|Mary Watson;Mary Morstan|Mary
c Irene Adler|f|Irene;Adler||the Woman
c Sally Donovan|f|Donovan
c Philip Anderson|m|Anderson
v Baker Street;221B;Scotland Yard;Bart's;Barts;St Bart's;mind palace;Speedy's;texted;Afghanistan;the Reichenbach
p John Watson/Sherlock Holmes;Sherlock Holmes/John Watson;John Watson & Sherlock Holmes;Greg Lestrade/Mycroft Holmes;Jim Moriarty/Sherlock Holmes;Irene Adler/Sherlock Holmes;Molly Hooper/Sherlock Holmes;John Watson/Mary Morstan

@Teen Wolf (TV)|tv|Teen Wolf
c Stiles Stilinski|m|Stiles;Mieczysław Stilinski;Genim|Stilinski
c Derek Hale|m|Derek|Hale|Sourwolf
c Scott McCall|m|McCall|Scott|True Alpha
c Lydia Martin|f|Lydia Martin|Lydia
c Allison Argent|f|Allison|Argent
c Isaac Lahey|m|Isaac Lahey|Isaac
c Peter Hale|m|Peter Hale|Peter
c Jackson Whittemore|m|Jackson Whittemore;Whittemore|Jackson
c Malia Tate|f|Malia
c Noah Stilinski|m|Sheriff Stilinski|Noah|the Sheriff
c Chris Argent|m|Chris Argent
c Kira Yukimura|f|Kira
c Theo Raeken|m|Theo Raeken;Raeken
c Melissa McCall|f|Melissa
v Beacon Hills;Alpha;Betas;Omega;werewolf;werewolves;wolfsbane;mountain ash;the Nemeton;Nemeton;lacrosse;Jeep;kanima;banshee;the pack;the preserve;Hale house;Argents
p Derek Hale/Stiles Stilinski;Stiles Stilinski/Derek Hale;Scott McCall & Stiles Stilinski;Lydia Martin/Stiles Stilinski;Peter Hale/Stiles Stilinski;Allison Argent/Scott McCall;Jackson Whittemore/Stiles Stilinski;Stiles Stilinski/Theo Raeken

@Doctor Who|tv|Doctor Who (2005);Doctor Who & Related Fandoms;Classic Doctor Who
c The Doctor (Doctor Who)|m|the Doctor;The Doctor;Doctor|Theta Sigma|the Time Lord;Time Lord
c Rose Tyler|f|Rose Tyler|Rose
c Jackie Tyler|f|Jackie Tyler|Jackie
c Clara Oswald|f|Clara|Oswin
c Donna Noble|f|Donna Noble|Donna
c Martha Jones|f|Martha Jones|Martha
c Amy Pond|f|Amelia Pond;Pond;Amy Pond|Amy
c Rory Williams|m|Rory Williams|Rory
c River Song|f|River Song;Melody Pond|River
c Jack Harkness|m|Captain Jack;Jack Harkness;Harkness|Jack
c The Master (Doctor Who)|m|the Master;Missy;Koschei
c Yasmin Khan|f|Yaz
c Graham O'Brien|m|Graham
c Ryan Sinclair|m|Ryan Sinclair
v TARDIS;Tardis;Gallifrey;Gallifreyan;Dalek;Daleks;Cybermen;Cyberman;sonic screwdriver;sonic;Time Lords;Weeping Angels;regeneration;regenerated;Skaro;UNIT;bigger on the inside;Torchwood;psychic paper
p The Doctor (Doctor Who)/Rose Tyler;The Doctor (Doctor Who)/River Song;Amy Pond/Rory Williams;The Doctor (Doctor Who)/The Master (Doctor Who);The Doctor (Doctor Who) & Donna Noble;Clara Oswald/The Doctor (Doctor Who);The Doctor (Doctor Who)/Jack Harkness;Yasmin Khan/The Doctor (Doctor Who)

@Merlin (TV)|tv|BBC Merlin;Merlin
c Merlin (Merlin)|m|Merlin;Emrys;Dragoonl||the warlock;the sorcerer
c Arthur Pendragon (Merlin)|m|Prince Arthur;King Arthur;Arthur Pendragon;Pendragon|Arthur|Once and Future King;the prince;the king;Sire;prat
c Gwen (Merlin)|f|Gwen;Guinevere
c Morgana (Merlin)|f|Morgana;Morgana Pendragon;Lady Morgana
c Gaius (Merlin)|m|Gaius
c Uther Pendragon (Merlin)|m|Uther;King Uther
c Lancelot (Merlin)|m|Lancelot;Sir Lancelot
c Gwaine (Merlin)|m|Gwaine;Sir Gwaine
c Leon (Merlin)|m|Leon;Sir Leon
c Percival (Merlin)|m|Percival
c Mordred (Merlin)|m|Mordred
c Kilgharrah (Merlin)|m|Kilgharrah;Great Dragon||the dragon
v Camelot;Albion;Ealdor;Avalon;the citadel;knights of Camelot;Round Table;Excalibur;sorcery;druids;druid;Lake of Avalon
p Arthur Pendragon (Merlin)/Merlin (Merlin);Merlin (Merlin)/Arthur Pendragon (Merlin);Arthur Pendragon (Merlin)/Gwen (Merlin);Gwaine/Merlin (Merlin);Arthur Pendragon (Merlin) & Merlin (Merlin);Merlin (Merlin) & Morgana (Merlin)

@Glee|tv|Glee (TV)
c Kurt Hummel|m|Kurt|Hummel
c Blaine Anderson|m|Blaine
c Rachel Berry|f|Rachel Berry;Berry|Rachel
c Finn Hudson|m|Finn Hudson|Finn
c Santana Lopez|f|Santana
c Brittany S. Pierce|f|Brittany;Britt
c Quinn Fabray|f|Quinn Fabray;Fabray|Quinn
c Noah Puckerman|m|Puck;Puckerman
c Sebastian Smythe|m|Sebastian Smythe
c Dave Karofsky|m|Karofsky
c Mercedes Jones|f|Mercedes
c Will Schuester|m|Mr. Schue;Schuester;Mr. Schuester
c Sue Sylvester|f|Sue Sylvester;Coach Sylvester
v McKinley;William McKinley High School;New Directions;Dalton;Warblers;glee club;Sectionals;Regionals;Nationals;slushie;Cheerios;Lima;NYADA
p Blaine Anderson/Kurt Hummel;Kurt Hummel/Blaine Anderson;Brittany S. Pierce/Santana Lopez;Finn Hudson/Rachel Berry;Kurt Hummel/Sebastian Smythe;Dave Karofsky/Kurt Hummel;Noah Puckerman/Quinn Fabray

@Stargate SG-1|tv|SG-1;Stargate
c Jack O'Neill|m|O'Neill;Colonel O'Neill;General O'Neill|Jack
c Daniel Jackson|m|Danny;Dr. Jackson;Daniel Jackson|Daniel;Jackson
c Samantha Carter|f|Carter;Sam Carter;Major Carter;Samantha Carter|Sam
c Teal'c|m|Teal'c;Murray
c George Hammond|m|Hammond;General Hammond
c Janet Fraiser|f|Fraiser;Dr. Fraiser
c Vala Mal Doran|f|Vala
c Cameron Mitchell|m|Mitchell;Cam Mitchell
c Jonas Quinn|m|Jonas
v Stargate;the gate;SGC;Cheyenne Mountain;Goa'uld;Jaffa;Asgard;Tok'ra;Abydos;Chulak;zat;staff weapon;P3X;Ori;Replicators;DHD;wormhole;naquadah;Ancients;symbiote
p Daniel Jackson/Jack O'Neill;Jack O'Neill/Samantha Carter;Daniel Jackson/Vala Mal Doran;Cameron Mitchell/Daniel Jackson;Jack O'Neill & Teal'c

@Stargate Atlantis|tv|SGA
c John Sheppard|m|Sheppard;Colonel Sheppard|John
c Rodney McKay|m|Rodney;McKay;Meredith Rodney McKay||Dr. McKay
c Teyla Emmagan|f|Teyla
c Ronon Dex|m|Ronon
c Elizabeth Weir|f|Weir;Dr. Weir
c Carson Beckett|m|Carson;Beckett
c Evan Lorne|m|Lorne;Major Lorne
c Jennifer Keller|f|Keller
v Atlantis;Pegasus Galaxy;Wraith;puddle jumper;jumper;ATA gene;Athosians;Athos;Satedan;Genii;ZPM;the Daedalus;Lantean;Lanteans;the city
p John Sheppard/Rodney McKay;Ronon Dex/John Sheppard;Teyla Emmagan & John Sheppard;Carson Beckett/Rodney McKay;Evan Lorne/John Sheppard

@Star Trek: The Original Series|tv|Star Trek TOS;TOS;Star Trek
c James T. Kirk|m|Kirk;Jim Kirk;Captain Kirk;James Tiberius Kirk|Jim
c Spock|m|Spock;Mr. Spock;S'chn T'gai Spock
c Leonard McCoy|m|McCoy;Bones;Dr. McCoy|Leonard
c Montgomery Scott|m|Scotty;Mr. Scott
c Nyota Uhura|f|Uhura
c Hikaru Sulu|m|Sulu
c Pavel Chekov|m|Chekov
c Christine Chapel|f|Chapel;Nurse Chapel
c Sarek|m|Sarek
v Enterprise;USS Enterprise;the bridge;Starfleet;Vulcan;Vulcans;Klingon;Klingons;Romulan;Romulans;phaser;phasers;tricorder;transporter;beam me up;warp;Federation;pon farr;Pon Farr;mind meld;shuttlecraft;Starbase;sickbay;Sickbay;Stardate;stardate
p James T. Kirk/Spock;Spock/James T. Kirk;James T. Kirk & Spock;James T. Kirk/Leonard McCoy;James T. Kirk/Spock/Leonard McCoy;Spock/Nyota Uhura;Leonard McCoy/Spock

@Star Trek (2009)|film|Star Trek AOS;AOS;Star Trek Reboot;Star Trek: Alternate Original Series (Movies)
c James T. Kirk (Star Trek: AOS)|m|Kirk;Jim Kirk;Captain Kirk|Jim
c Spock (Star Trek: AOS)|m|Spock
c Leonard McCoy (Star Trek: AOS)|m|McCoy;Bones|Leonard
c Nyota Uhura (Star Trek: AOS)|f|Uhura
c Montgomery Scott (Star Trek: AOS)|m|Scotty
c Pavel Chekov (Star Trek: AOS)|m|Chekov
c Hikaru Sulu (Star Trek: AOS)|m|Sulu
c Spock Prime|m|Spock Prime;Ambassador Spock
c Nero (Star Trek: AOS)|m|Nero
c Khan Noonien Singh (Star Trek: AOS)|m|Khan;John Harrison
v Enterprise;Starfleet;Starfleet Academy;Kobayashi Maru;Vulcan;Romulan;the Narada;Narada;phaser;warp;red matter;Iowa;Yorktown;the bridge;sickbay;hypospray;Riverside
p James T. Kirk (Star Trek: AOS)/Spock (Star Trek: AOS);James T. Kirk (Star Trek: AOS)/Leonard McCoy (Star Trek: AOS);Nyota Uhura (Star Trek: AOS)/Spock (Star Trek: AOS);Pavel Chekov (Star Trek: AOS)/Hikaru Sulu (Star Trek: AOS)

@Star Trek: The Next Generation|tv|TNG;Star Trek TNG
c Jean-Luc Picard|m|Picard;Captain Picard;Jean-Luc
c William Riker|m|Riker;Will Riker;Number One|Will
c Data (Star Trek)|m|Data;Lieutenant Commander Data
c Geordi La Forge|m|Geordi;La Forge
c Worf (Star Trek)|m|Worf
c Deanna Troi|f|Deanna;Troi;Counselor Troi
c Beverly Crusher|f|Beverly;Dr. Crusher
c Wesley Crusher|m|Wesley
c Q (Star Trek)|m|Q
c Tasha Yar|f|Tasha;Yar
v Enterprise-D;Enterprise;Starfleet;holodeck;Holodeck;Ten Forward;replicator;the Borg;Borg;Klingon;Romulan;Cardassian;Ferengi;make it so;Make it so;Engage;warp core;dilithium;positronic;Betazoid;tricorder;phaser;Stardate
p Jean-Luc Picard/Q (Star Trek);Deanna Troi/William Riker;Beverly Crusher/Jean-Luc Picard;Jean-Luc Picard/William Riker;Data (Star Trek) & Geordi La Forge

@Star Trek: Deep Space Nine|tv|DS9
c Benjamin Sisko|m|Sisko;Captain Sisko;the Emissary|Benjamin
c Kira Nerys|f|Kira;Major Kira;Nerys
c Julian Bashir|m|Bashir;Dr. Bashir|Julian
c Elim Garak|m|Garak;Elim
c Odo (Star Trek)|m|Odo;Constable
c Miles O'Brien|m|O'Brien;Chief O'Brien|Miles
c Jadzia Dax|f|Jadzia;Dax
c Quark (Star Trek)|m|Quark
c Worf (Star Trek)|m|Worf
c Jake Sisko|m|Jake Sisko
c Gul Dukat|m|Dukat
v Deep Space Nine;DS9;the station;Promenade;Bajor;Bajoran;Bajorans;Cardassia;Cardassian;Cardassians;Dominion;Founders;Changeling;Jem'Hadar;wormhole;Prophets;Ferengi;runabout;Defiant;Ops;holosuite;Quark's
p Elim Garak/Julian Bashir;Julian Bashir/Miles O'Brien;Kira Nerys/Odo (Star Trek);Jadzia Dax/Worf (Star Trek);Benjamin Sisko & Jake Sisko

@Star Trek: Voyager|tv|VOY;Voyager
c Kathryn Janeway|f|Janeway;Captain Janeway;Kathryn
c Chakotay|m|Chakotay
c Seven of Nine|f|Seven of Nine;Annika Hansen
c B'Elanna Torres|f|B'Elanna;Torres
c Tom Paris|m|Tom Paris;Paris|Tom
c Harry Kim|m|Harry Kim|Harry
c Tuvok|m|Tuvok
c The Doctor (Star Trek: Voyager)|m|the EMH;EMH
c Neelix|m|Neelix
c Kes|f|Kes
v Voyager;Delta Quadrant;Maquis;Borg;Starfleet;holodeck;replicator rations;Talaxian;Ocampa;Kazon;Vidiian;Caretaker;Alpha Quadrant
p Chakotay/Kathryn Janeway;Kathryn Janeway/Seven of Nine;B'Elanna Torres/Tom Paris;Harry Kim/Tom Paris

@Hannibal (TV)|tv|Hannibal;NBC Hannibal
c Will Graham|m|Will Graham;Graham|Will
c Hannibal Lecter|m|Hannibal;Lecter;Dr. Lecter||the Ripper;Chesapeake Ripper
c Jack Crawford|m|Crawford;Jack Crawford
c Alana Bloom|f|Alana;Dr. Bloom
c Abigail Hobbs|f|Abigail Hobbs|Abigail
c Bedelia Du Maurier|f|Bedelia;Du Maurier
c Freddie Lounds|f|Freddie Lounds;Lounds
c Francis Dolarhyde|m|Dolarhyde;Francis Dolarhyde||the Red Dragon
c Beverly Katz|f|Katz;Beverly Katz
c Margot Verger|f|Margot
c Mason Verger|m|Mason Verger
c Garret Jacob Hobbs|m|Garret Jacob Hobbs
v Chesapeake Ripper;Baltimore;Quantico;Wolf Trap;FBI;BAU;Behavioral Science;stag;the stag;wendigo;Wendigo;memory palace;Tattlecrime;profiler;profiling;empathy disorder;encephalitis;Florence;the Uffizi;Minnesota Shrike
p Hannibal Lecter/Will Graham;Will Graham/Hannibal Lecter;Alana Bloom/Margot Verger;Hannibal Lecter & Will Graham;Bedelia Du Maurier/Hannibal Lecter

@Voltron: Legendary Defender|tv|Voltron;VLD
c Keith (Voltron)|m|Keith;Keith Kogane;Kogane
c Lance (Voltron)|m|Lance;Lance McClain;Lancey Lance
c Shiro (Voltron)|m|Shiro;Takashi Shirogane;Shirogane
c Pidge Gunderson|f|Pidge;Katie Holt
c Hunk (Voltron)|m|Hunk
c Allura (Voltron)|f|Allura;Princess Allura
c Coran (Voltron)|m|Coran
c Lotor (Voltron)|m|Lotor;Prince Lotor
c Matt Holt|m|Matt Holt
c Adam (Voltron)|m|Adam
c Zarkon (Voltron)|m|Zarkon
v Voltron;Paladin;Paladins;Paladin of;Red Lion;Blue Lion;Black Lion;Green Lion;Yellow Lion;Galra;Altean;Alteans;Castle of Lions;castleship;the Castle;bayard;quiznak;Garrison;Galaxy Garrison;Marmora;Blade of Marmora;quintessence;Balmera;varga;tick
p Keith/Lance (Voltron);Keith (Voltron)/Lance (Voltron);Keith (Voltron)/Shiro (Voltron);Adam/Shiro (Voltron);Allura/Lance (Voltron);Hunk & Lance (Voltron);Keith (Voltron) & Shiro (Voltron)

@Game of Thrones (TV)|tv|GoT;Game of Thrones
c Jon Snow|m|Jon Snow;Lord Snow;Snow|Jon|the bastard;the King in the North
c Daenerys Targaryen|f|Daenerys;Dany;Khaleesi||Mother of Dragons;the Dragon Queen;Stormborn
c Tyrion Lannister|m|Tyrion||the Imp;the Halfman
c Jaime Lannister|m|Jaime||the Kingslayer
c Cersei Lannister|f|Cersei
c Sansa Stark|f|Sansa;Little Bird
c Arya Stark|f|Arya;Arry
c Brienne of Tarth|f|Brienne||the Maid of Tarth
c Sandor Clegane|m|Sandor;Clegane||the Hound
c Ned Stark|m|Ned;Eddard;Lord Stark
c Robb Stark|m|Robb||the Young Wolf
c Bran Stark|m|Bran;Brandon Stark
c Theon Greyjoy|m|Theon;Reek;Greyjoy
c Petyr Baelish|m|Littlefinger;Baelish;Petyr
c Gendry Waters|m|Gendry
c Missandei|f|Missandei
c Margaery Tyrell|f|Margaery
v Westeros;Winterfell;King's Landing;the Wall;Castle Black;Night's Watch;White Walkers;wildlings;Iron Throne;direwolf;Dothraki;Essos;Meereen;Lannisters;Starks;Targaryen;Winter is coming;maester;Maester;septa;Dragonstone;Harrenhal;the Red Keep;the Seven Kingdoms;weirwood;ser;Ser;milord;Valyrian
p Jon Snow/Daenerys Targaryen;Brienne of Tarth/Jaime Lannister;Jaime Lannister/Brienne of Tarth;Sandor Clegane/Sansa Stark;Arya Stark/Gendry Waters;Jon Snow/Sansa Stark;Jaime Lannister/Cersei Lannister;Tyrion Lannister/Sansa Stark;Arya Stark & Jon Snow

@Stranger Things (TV 2016)|tv|Stranger Things
c Steve Harrington|m|Harrington;Stevie|Steve
c Eddie Munson|m|Munson|Eddie
c Eleven (Stranger Things)|f|Eleven;El;Jane Hopper
c Mike Wheeler|m|Wheeler|Mike
c Will Byers|m|Will Byers|Will
c Dustin Henderson|m|Dustin
c Lucas Sinclair|m|Lucas Sinclair|Lucas
c Max Mayfield|f|Mayfield;Mad Max|Max
c Robin Buckley|f|Robin Buckley|Robin
c Nancy Wheeler|f|Nancy Wheeler|Nancy
c Jonathan Byers|m|Jonathan Byers|Jonathan
c Billy Hargrove|m|Billy Hargrove;Hargrove|Billy
c Jim Hopper|m|Hopper;Hop;Chief Hopper|Jim
c Joyce Byers|f|Joyce Byers|Joyce
c Vecna (Stranger Things)|m|Vecna;Henry Creel;One
v Hawkins;Upside Down;the Upside Down;Demogorgon;Mind Flayer;Hawkins Lab;Starcourt;Scoops Ahoy;Hellfire Club;Hellfire;Family Video;Dungeons and Dragons;D&D;walkie;walkie-talkie;Eggos;Party
p Eddie Munson/Steve Harrington;Steve Harrington/Eddie Munson;Mike Wheeler/Will Byers;Eleven (Stranger Things)/Mike Wheeler;Billy Hargrove/Steve Harrington;Nancy Wheeler/Steve Harrington;Jim Hopper/Joyce Byers;Robin Buckley & Steve Harrington;Dustin Henderson & Steve Harrington

@The X-Files|tv|X-Files;XF
c Fox Mulder|m|Mulder;Fox Mulder;Spooky||Spooky Mulder
c Dana Scully|f|Scully;Dana Scully;Starbuck|Dana
c Walter Skinner|m|Skinner;AD Skinner;Assistant Director Skinner
c Alex Krycek|m|Krycek
c Cigarette Smoking Man|m|Cigarette Smoking Man;Cancer Man;CSM
c John Doggett|m|Doggett
c Monica Reyes|f|Monica Reyes;Reyes
c The Lone Gunmen|-|Lone Gunmen;Frohike;Langly;Byers
v X-Files;X-File;FBI;the basement;I want to believe;aliens;abduction;abductee;UFO;the Syndicate;black oil;colonists;Roswell;the truth is out there;The truth is out there;Samantha
p Fox Mulder/Dana Scully;Dana Scully/Fox Mulder;Alex Krycek/Fox Mulder;Fox Mulder & Dana Scully;Walter Skinner/Dana Scully

@Criminal Minds (US TV)|tv|Criminal Minds
c Spencer Reid|m|Reid;Dr. Reid;Pretty Boy|Spencer
c Aaron Hotchner|m|Hotch;Hotchner;Aaron Hotchner|Aaron
c Derek Morgan|m|Morgan;Derek Morgan|Derek
c Jennifer "JJ" Jareau|f|JJ;Jareau;Jennifer Jareau
c Emily Prentiss|f|Prentiss;Emily Prentiss|Emily
c Penelope Garcia|f|Garcia;Penelope;Baby Girl
c David Rossi|m|Rossi;Dave Rossi
c Jason Gideon|m|Gideon
c Luke Alvez|m|Alvez
v BAU;FBI;Quantico;unsub;UnSub;the unsub;profile;profiler;the jet;wheels up;Behavioral Analysis Unit;victimology;go bag
p Aaron Hotchner/Spencer Reid;Derek Morgan/Spencer Reid;Spencer Reid/Reader;Emily Prentiss/Jennifer "JJ" Jareau;Derek Morgan/Penelope Garcia;Aaron Hotchner/Emily Prentiss;Derek Morgan & Spencer Reid

@Hawaii Five-0 (2010)|tv|Hawaii Five-0;H50
c Steve McGarrett|m|McGarrett;Super SEAL|Steve
c Danny "Danno" Williams|m|Danno;Danny Williams;Williams|Danny
c Chin Ho Kelly|m|Chin;Chin Ho
c Kono Kalakaua|f|Kono
c Catherine Rollins|f|Catherine Rollins;Rollins
c Grace Williams|f|Gracie|Grace
c Lou Grover|m|Grover
c Max Bergman|m|Max Bergman
v Five-0;Hawaii;Oahu;Honolulu;the governor;haole;Navy SEAL;SEAL;Camaro;Kamekona;shrimp truck;malasadas;ohana;Ohana;brah;Jersey;the palace;HPD
p Danny "Danno" Williams/Steve McGarrett;Steve McGarrett/Danny "Danno" Williams;Catherine Rollins/Steve McGarrett;Chin Ho Kelly & Kono Kalakaua

@9-1-1 (TV)|tv|911;9-1-1
c Evan "Buck" Buckley|m|Buck;Buckley;Evan Buckley|Evan
c Eddie Diaz|m|Diaz;Edmundo Diaz|Eddie
c Bobby Nash|m|Nash;Captain Nash;Cap|Bobby
c Athena Grant|f|Athena
c Howie "Chimney" Han|m|Chimney;Chim;Howie Han
c Henrietta "Hen" Wilson|f|Hen;Henrietta Wilson
c Maddie Buckley|f|Maddie
c Christopher Diaz|m|Chris Diaz|Christopher
c Tommy Kinard|m|Kinard|Tommy
c Karen Wilson|f|Karen
c May Grant|f|May Grant
v 118;the 118;firehouse;Firehouse;the ladder;dispatch;dispatcher;LAFD;Los Angeles;probie;the truck;911 call;paramedic;firefighter;firefighters;tsunami
p Evan "Buck" Buckley/Eddie Diaz;Eddie Diaz/Evan "Buck" Buckley;Evan "Buck" Buckley/Tommy Kinard;Athena Grant/Bobby Nash;Howie "Chimney" Han/Maddie Buckley;Henrietta "Hen" Wilson/Karen Wilson;Evan "Buck" Buckley & Eddie Diaz

@Our Flag Means Death (TV)|tv|OFMD;Our Flag Means Death
c Stede Bonnet|m|Stede;Bonnet||the Gentleman Pirate
c Edward Teach|m|Ed;Edward;Blackbeard;Teach||the Kraken
c Izzy Hands|m|Izzy;Mr. Hands;Israel Hands
c Lucius Spriggs|m|Lucius
c Black Pete|m|Black Pete;Pete
c Oluwande Boodhari|m|Oluwande;Olu
c Jim Jimenez|n|Jim Jimenez;Bonifacia|Jim
c Frenchie (Our Flag Means Death)|m|Frenchie
c Roach (Our Flag Means Death)|m|Roach
c Mary Bonnet|f|Mary Bonnet
v the Revenge;Revenge;the captain;pirate;pirates;pirating;crew;the crew;ship;galley;quarterdeck;Republic of Pirates;Nassau;Barbados;Spanish Jackie;rum;cutlass;kraken;Kraken;mate;lads;Bird
p Edward Teach/Stede Bonnet;Stede Bonnet/Edward Teach;Black Pete/Lucius Spriggs;Jim Jimenez/Oluwande Boodhari;Izzy Hands & Stede Bonnet

@The Walking Dead (TV)|tv|TWD;The Walking Dead
c Daryl Dixon|m|Daryl;Dixon
c Rick Grimes|m|Grimes;Rick Grimes|Rick
c Michonne (Walking Dead)|f|Michonne
c Carol Peletier|f|Carol Peletier|Carol
c Negan (Walking Dead)|m|Negan
c Glenn Rhee|m|Glenn
c Maggie Greene|f|Maggie
c Carl Grimes|m|Carl Grimes|Carl
c Beth Greene|f|Beth Greene|Beth
c Merle Dixon|m|Merle
c Shane Walsh|m|Shane
c Paul "Jesus" Rovia|m|Paul Rovia;Jesus
v walkers;walker;biters;the prison;Alexandria;Hilltop;the Saviors;Saviors;Woodbury;Terminus;the farm;crossbow;the Governor;the apocalypse;herd;the Kingdom;the Whisperers
p Daryl Dixon/Rick Grimes;Carol Peletier/Daryl Dixon;Daryl Dixon/Reader;Michonne/Rick Grimes;Glenn Rhee/Maggie Greene;Negan/Rick Grimes;Daryl Dixon & Merle Dixon

@Good Omens (TV)|tv|Good Omens;Good Omens - Neil Gaiman & Terry Pratchett
c Aziraphale (Good Omens)|m|Aziraphale;Mr. Fell;A. Z. Fell;angel;Angel||the angel;the Principality
c Crowley (Good Omens)|m|Crowley;Anthony J. Crowley;Crawly;Anthony Crowley;my dear boy||the demon;the serpent
c Gabriel (Good Omens)|m|Gabriel
c Beelzebub (Good Omens)|n|Beelzebub;Lord Beelzebub
c Anathema Device|f|Anathema
c Newton Pulsifer|m|Newt;Newton Pulsifer
c Adam Young (Good Omens)|m|Adam Young|Adam||the Antichrist
c Hastur (Good Omens)|m|Hastur
c Ligur (Good Omens)|m|Ligur
c Michael (Good Omens)|f|Michael
c Madame Tracy|f|Madame Tracy
c Shadwell (Good Omens)|m|Shadwell
c Muriel (Good Omens)|n|Muriel
c Maggie (Good Omens)|f|Maggie
c Nina (Good Omens)|f|Nina
v the bookshop;bookshop;Soho;the Bentley;Bentley;St James's Park;the Ritz;Armageddon;Apocalypse;Heaven;Hell;Tadfield;the Arrangement;Arrangement;Eden;holy water;hellfire;miracle;miracled;discorporated;discorporation;cocoa;sushi;lunch at the Ritz;Queen;the Them;Them
p Aziraphale/Crowley (Good Omens);Anathema Device/Newton Pulsifer;Beelzebub/Gabriel (Good Omens);Madame Tracy/Shadwell (Good Omens);Maggie/Nina (Good Omens);Aziraphale & Crowley (Good Omens)

@Torchwood|tv|Torchwood (TV)
c Jack Harkness|m|Captain Jack;Jack Harkness;Harkness|Jack
c Ianto Jones|m|Ianto;Jones;Yan
c Gwen Cooper|f|Gwen;Gwen Cooper
c Owen Harper|m|Owen Harper;Harper|Owen
c Toshiko Sato|f|Tosh;Toshiko
c Rhys Williams|m|Rhys
v Torchwood;the Hub;Hub;Cardiff;the Rift;Rift;Retcon;retcon;Weevil;Weevils;UNIT;Torchwood Three;Plass;Roald Dahl Plass;SUV
p Ianto Jones/Jack Harkness;Jack Harkness/Ianto Jones;Gwen Cooper/Rhys Williams;Owen Harper/Toshiko Sato

@Brooklyn Nine-Nine (TV)|tv|Brooklyn 99;B99
c Jake Peralta|m|Peralta|Jake
c Amy Santiago|f|Santiago|Amy
c Raymond Holt|m|Holt;Captain Holt;Raymond|Ray
c Rosa Diaz|f|Rosa|Diaz
c Charles Boyle|m|Boyle|Charles
c Terry Jeffords|m|Jeffords;Terry Jeffords|Terry
c Gina Linetti|f|Gina
c Kevin Cozner|m|Kevin Cozner;Cozner|Kevin
c Hitchcock (Brooklyn Nine-Nine)|m|Hitchcock
c Scully (Brooklyn Nine-Nine)|m|Scully
v Nine-Nine;the Nine-Nine;precinct;the precinct;NYPD;Brooklyn;detective;sergeant;Halloween heist;heist;Noice;noice;Cheddar;cool cool cool
p Amy Santiago/Jake Peralta;Jake Peralta/Amy Santiago;Kevin Cozner/Raymond Holt;Jake Peralta & Charles Boyle;Jake Peralta & Raymond Holt

@Lucifer (TV)|tv|Lucifer
c Lucifer Morningstar|m|Lucifer;Morningstar;Samael||the Devil;the devil;Lord of Hell
c Chloe Decker|f|Decker;Detective Decker|Chloe||the Detective;Detective
c Mazikeen (Lucifer)|f|Maze;Mazikeen
c Amenadiel (Lucifer)|m|Amenadiel
c Dan Espinoza|m|Espinoza;Detective Douche|Dan
c Linda Martin|f|Linda;Dr. Martin
c Ella Lopez|f|Ella
c Trixie Espinoza|f|Trixie;the urchin
c Michael Demiurgos|m|Michael Demiurgos
v Lux;LAPD;Los Angeles;Hell;Silver City;the Silver City;celestial;divinity;devil face;devil;desire;mojo;ethereal;Goddess;demon;demons;wings;Heaven
p Chloe Decker/Lucifer Morningstar;Lucifer Morningstar/Chloe Decker;Lucifer Morningstar/Reader;Amenadiel/Linda Martin;Mazikeen/Eve (Lucifer)

@Once Upon a Time (TV)|tv|OUAT
c Emma Swan|f|Swan;Miss Swan;Savior|Emma||the Savior
c Regina Mills|f|Regina;Madam Mayor||the Evil Queen;Evil Queen
c Killian Jones|m|Killian;Hook;Captain Hook
c Henry Mills|m|Henry Mills|Henry
c Mary Margaret Blanchard|f|Mary Margaret;Snow White;Snow
c David Nolan|m|Charming;Prince Charming;David Nolan|David
c Rumplestiltskin (Once Upon a Time)|m|Rumplestiltskin;Rumple;Mr. Gold;Gold
c Belle (Once Upon a Time)|f|Belle
c Zelena (Once Upon a Time)|f|Zelena||the Wicked Witch
c Robin Hood (Once Upon a Time)|m|Robin Hood
v Storybrooke;Enchanted Forest;the curse;Dark Curse;the Dark One;Dark One;true love's kiss;Granny's;the Jolly Roger;Jolly Roger;Neverland;magic;fairytale land
p Emma Swan/Regina Mills;Emma Swan/Killian Jones;Belle/Rumplestiltskin (Once Upon a Time);Mary Margaret Blanchard/David Nolan;Regina Mills/Robin Hood (Once Upon a Time)

@Teen Titans (Animated Series)|comic|Teen Titans;TT
c Dick Grayson|m|Robin;Dick Grayson;Nightwing|Dick||Boy Wonder
c Raven (DCU)|f|Raven;Rachel Roth
c Starfire (DCU)|f|Starfire;Kory;Koriand'r
c Garfield Logan|m|Beast Boy;Gar;Garfield;BB
c Victor Stone|m|Cyborg;Vic;Victor Stone
c Slade Wilson|m|Slade;Deathstroke
c Terra (DCU)|f|Terra
c Kid Flash|m|Kid Flash;Wally West;Wally
v Titans Tower;the Tower;Titans;Jump City;Azarath;Tamaran;Titans Go;T-Car;tofu;Trigon;Brother Blood;HIVE
p Dick Grayson/Starfire (DCU);Garfield Logan/Raven (DCU);Kid Flash/Raven (DCU);Dick Grayson & Victor Stone

@Avatar: The Last Airbender|comic|ATLA;Avatar
c Zuko (Avatar)|m|Zuko;Prince Zuko;Fire Lord Zuko||Sparky
c Katara (Avatar)|f|Katara;Sugar Queen
c Aang (Avatar)|m|Aang||the Avatar;Twinkletoes
c Sokka (Avatar)|m|Sokka;Snoozles
c Toph Beifong|f|Toph||the Blind Bandit
c Iroh (Avatar)|m|Iroh;Uncle Iroh;Uncle||the Dragon of the West
c Azula (Avatar)|f|Azula
c Suki (Avatar)|f|Suki
c Mai (Avatar)|f|Mai
c Ty Lee (Avatar)|f|Ty Lee
c Yue (Avatar)|f|Yue
c Jet (Avatar)|m|Jet
v Fire Nation;Water Tribe;Earth Kingdom;Air Nomads;Ba Sing Se;firebending;firebender;waterbending;waterbender;earthbending;earthbender;airbending;airbender;bending;Appa;Momo;Agni Kai;Kyoshi Warriors;Jasmine Tea;Jasmine tea;Sozin's Comet;Omashu;Ember Island;Avatar State
p Katara/Zuko (Avatar);Zuko/Katara (Avatar);Aang/Katara (Avatar);Sokka/Suki (Avatar);Mai/Zuko (Avatar);Azula/Ty Lee (Avatar);Iroh & Zuko (Avatar);Sokka/Zuko (Avatar);Jet/Zuko (Avatar)
"""
