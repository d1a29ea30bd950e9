"""Pack source: books and literature (format in build_packs.py)."""

SOURCE = r"""
@Harry Potter - J. K. Rowling|book|Harry Potter;HP;Wizarding World;Harry Potter - All Media Types
c Harry Potter|m|Harry Potter;Potter;Scarface|Harry|the Boy Who Lived;the Chosen One
c Hermione Granger|f|Hermione;Granger;Mione||the brightest witch of her age
c Ron Weasley|m|Ronald Weasley;Ronnie;Won-Won|Ron
c Draco Malfoy|m|Draco;Malfoy;Ferret|Dray
c Severus Snape|m|Snape;Severus;Professor Snape||the Half-Blood Prince;the Potions Master
c Albus Dumbledore|m|Dumbledore;Albus||the Headmaster
c Sirius Black|m|Sirius;Padfoot;Snuffles
c Remus Lupin|m|Remus;Lupin;Moony;Professor Lupin
c James Potter|m|Prongs|James
c Lily Evans Potter|f|Lily Evans;Lily Potter|Lily
c Peter Pettigrew|m|Pettigrew;Wormtail
c Voldemort|m|Voldemort;Tom Riddle;Lord Voldemort;You-Know-Who;He Who Must Not Be Named||the Dark Lord
c Ginny Weasley|f|Ginny;Ginevra
c Luna Lovegood|f|Luna;Loony
c Neville Longbottom|m|Neville;Longbottom
c Fred Weasley|m|Fred Weasley|Fred
c George Weasley|m|George Weasley|George
c Minerva McGonagall|f|McGonagall;Minerva;Professor McGonagall
c Rubeus Hagrid|m|Hagrid
c Bellatrix Lestrange|f|Bellatrix;Bella
c Lucius Malfoy|m|Lucius
c Narcissa Black Malfoy|f|Narcissa
c Pansy Parkinson|f|Pansy
c Blaise Zabini|m|Blaise;Zabini
c Theodore Nott|m|Theo Nott;Theodore Nott|Theo
c Regulus Black|m|Regulus
c Cedric Diggory|m|Cedric;Diggory
c Nymphadora Tonks|f|Tonks;Nymphadora
c Gellert Grindelwald|m|Grindelwald;Gellert
c Dobby (Harry Potter)|m|Dobby
v Hogwarts;Gryffindor;Slytherin;Ravenclaw;Hufflepuff;Quidditch;Muggle;Muggles;muggle;Hogsmeade;Diagon Alley;Death Eater;Death Eaters;Order of the Phoenix;Ministry of Magic;Azkaban;Horcrux;Horcruxes;wand;wands;Great Hall;Gringotts;Floo;Apparate;Apparated;Disapparated;Butterbeer;Auror;Aurors;Dementor;Dementors;Patronus;Expelliarmus;Lumos;Burrow;Grimmauld Place;Privet Drive;Hogwarts Express;Sorting Hat;Marauders;Mudblood;Dark Mark;house-elf;Firewhisky
p Draco Malfoy/Harry Potter;Hermione Granger/Ron Weasley;Draco Malfoy/Hermione Granger;Sirius Black/Remus Lupin;Harry Potter/Ginny Weasley;Harry Potter/Severus Snape;Hermione Granger/Severus Snape;Albus Dumbledore/Gellert Grindelwald;Harry Potter/Tom Riddle;Remus Lupin/Nymphadora Tonks;James Potter/Lily Evans Potter;Harry Potter & Hermione Granger & Ron Weasley;Harry Potter & Hermione Granger;Harry Potter & Ron Weasley;Harry Potter/Hermione Granger;Regulus Black/James Potter;Draco Malfoy/Reader;Fred Weasley/Reader;Sirius Black/Reader

@Percy Jackson and the Olympians - Rick Riordan|book|Percy Jackson;PJO;Heroes of Olympus;HoO;Riordanverse;Percy Jackson and the Olympians & Related Fandoms - All Media Types
c Percy Jackson|m|Percy;Perseus Jackson;Seaweed Brain
c Annabeth Chase|f|Annabeth;Wise Girl
c Grover Underwood|m|Grover
c Nico di Angelo|m|Nico;Death Boy
c Will Solace|m|Will Solace;Solace
c Jason Grace|m|Jason Grace
c Piper McLean|f|Piper
c Leo Valdez|m|Leo Valdez;Valdez|Leo
c Hazel Levesque|f|Hazel Levesque|Hazel
c Frank Zhang|m|Frank Zhang
c Thalia Grace|f|Thalia
c Luke Castellan|m|Luke Castellan;Castellan|Luke
c Reyna Avila Ramirez-Arellano|f|Reyna
c Clarisse La Rue|f|Clarisse
c Chiron (Percy Jackson)|m|Chiron
v Camp Half-Blood;Camp Jupiter;demigod;demigods;half-blood;Olympus;Olympians;Poseidon;Athena;Zeus;Hades;Hermes;Apollo;Tartarus;Riptide;nectar;ambrosia;Mist;Big House;Cabin Three;Argo II;satyr;monsters;the Oracle;Kronos;Gaea;Praetor;New Rome;Mount Olympus
p Annabeth Chase/Percy Jackson;Nico di Angelo/Will Solace;Jason Grace/Piper McLean;Frank Zhang/Hazel Levesque;Jason Grace/Percy Jackson;Luke Castellan/Percy Jackson;Nico di Angelo/Percy Jackson;Grover Underwood & Percy Jackson;Annabeth Chase & Percy Jackson;Leo Valdez & Nico di Angelo

@The Lord of the Rings - J. R. R. Tolkien|book|Lord of the Rings;LOTR;The Lord of the Rings (Movies);Tolkien;TOLKIEN J. R. R. - Works & Related Fandoms
c Frodo Baggins|m|Frodo;Mr. Frodo;Mr Frodo||the Ring-bearer;Ringbearer
c Samwise Gamgee|m|Samwise;Sam Gamgee;Gamgee|Sam
c Gandalf|m|Gandalf;Mithrandir;Gandalf the Grey;Gandalf the White||the wizard
c Aragorn|m|Aragorn;Strider;Elessar;Estel||the Ranger;the King
c Legolas|m|Legolas;Legolas Greenleaf
c Gimli (Tolkien)|m|Gimli
c Boromir|m|Boromir
c Faramir|m|Faramir
c Meriadoc Brandybuck|m|Merry;Meriadoc
c Peregrin Took|m|Pippin;Peregrin
c Arwen Undómiel|f|Arwen;Undómiel;Evenstar
c Éowyn|f|Éowyn;Eowyn;Dernhelm
c Sauron|m|Sauron;the Dark Lord;Annatar||the Eye
c Saruman|m|Saruman
c Gollum|m|Gollum;Sméagol;Smeagol
c Galadriel|f|Galadriel||Lady of the Wood;the Lady
c Elrond Half-elven|m|Elrond
v Middle-earth;Middle-Earth;Shire;the Shire;Mordor;Rivendell;Gondor;Rohan;Minas Tirith;Mount Doom;One Ring;Fellowship;hobbit;hobbits;Hobbiton;Bag End;Lothlórien;Lothlorien;Moria;Orc;orcs;Orcs;Uruk-hai;Isengard;Helm's Deep;Nazgûl;Nazgul;Ringwraiths;Elvish;Mirkwood;Edoras;Osgiliath;mithril;lembas;Ent;Ents;Valinor;the Grey Havens
p Aragorn/Legolas;Frodo Baggins/Samwise Gamgee;Gimli (Tolkien)/Legolas;Aragorn/Boromir;Aragorn/Arwen Undómiel;Faramir/Éowyn;Meriadoc Brandybuck/Peregrin Took;Frodo Baggins & Samwise Gamgee;Gimli (Tolkien) & Legolas;Legolas/Reader

@The Hobbit - All Media Types|book|The Hobbit;The Hobbit (Jackson Movies);The Hobbit - J. R. R. Tolkien
c Bilbo Baggins|m|Bilbo;Mr. Baggins;Mr Baggins||the burglar;the hobbit
c Thorin Oakenshield|m|Thorin;Oakenshield||King Under the Mountain
c Fíli|m|Fili;Fíli
c Kíli|m|Kili;Kíli
c Dwalin|m|Dwalin
c Balin|m|Balin
c Bofur|m|Bofur
c Smaug|m|Smaug||the dragon
c Thranduil|m|Thranduil||the Elvenking
c Tauriel|f|Tauriel
c Bard the Bowman|m|Bard;Bard the Bowman
c Gandalf|m|Gandalf;Mithrandir||the wizard
v Erebor;Lonely Mountain;Bag End;Shire;Hobbiton;Mirkwood;Laketown;Lake-town;Esgaroth;Dale;Arkenstone;dwarves;Dwarves;hobbit;hobbits;Rivendell;Orcrist;Sting;Azog;Battle of Five Armies;Khuzdul;Durin;Line of Durin;Moria;Middle-earth
p Bilbo Baggins/Thorin Oakenshield;Fíli/Kíli;Kíli/Tauriel;Bard the Bowman/Thranduil;Bilbo Baggins & Thorin Oakenshield;Bilbo Baggins/Bofur;Thorin Oakenshield/Reader

@Pride and Prejudice - Jane Austen|book|Pride and Prejudice;Pride & Prejudice;P&P;Pride and Prejudice (2005)
c Elizabeth Bennet|f|Elizabeth Bennet;Lizzy;Eliza;Miss Elizabeth;Miss Eliza Bennet;Miss Elizabeth Bennet|Elizabeth
c Fitzwilliam Darcy|m|Darcy;Mr. Darcy;Mr Darcy;Fitzwilliam Darcy
c Jane Bennet|f|Jane Bennet;Miss Bennet|Jane
c Charles Bingley|m|Bingley;Mr. Bingley;Mr Bingley
c Mr. Bennet|m|Mr. Bennet;Mr Bennet
c Mrs. Bennet|f|Mrs. Bennet;Mrs Bennet
c Lydia Bennet|f|Lydia Bennet|Lydia
c Kitty Bennet|f|Kitty Bennet;Catherine Bennet|Kitty
c Mary Bennet|f|Mary Bennet|Mary
c George Wickham|m|Wickham;Mr. Wickham;Mr Wickham
c Caroline Bingley|f|Caroline Bingley;Miss Bingley
c Charlotte Lucas|f|Charlotte Lucas;Charlotte Collins;Miss Lucas|Charlotte
c William Collins|m|Mr. Collins;Mr Collins
c Lady Catherine de Bourgh|f|Lady Catherine;Lady Catherine de Bourgh
c Georgiana Darcy|f|Georgiana;Miss Darcy
c Colonel Fitzwilliam|m|Colonel Fitzwilliam
v Pemberley;Longbourn;Netherfield;Rosings;Meryton;Hunsford;Derbyshire;Hertfordshire;Lambton;Gracechurch Street;militia;the Gardiners;Mrs. Gardiner;Sir William Lucas;Lucas Lodge
p Elizabeth Bennet/Fitzwilliam Darcy;Charles Bingley/Jane Bennet;Charlotte Lucas/William Collins;George Wickham/Lydia Bennet;Elizabeth Bennet & Jane Bennet;Colonel Fitzwilliam/Georgiana Darcy;Charlotte Lucas/Elizabeth Bennet

@Persuasion - Jane Austen|book|Persuasion
c Anne Elliot|f|Anne Elliot;Miss Anne Elliot|Anne
c Frederick Wentworth|m|Wentworth;Captain Wentworth;Frederick Wentworth
c Sir Walter Elliot|m|Sir Walter;Sir Walter Elliot
c Elizabeth Elliot|f|Elizabeth Elliot;Miss Elliot
c Mary Musgrove|f|Mary Musgrove
c Louisa Musgrove|f|Louisa Musgrove;Louisa
c Lady Russell|f|Lady Russell
c William Elliot|m|Mr. Elliot;Mr Elliot;William Elliot
c Captain Benwick|m|Benwick;Captain Benwick
v Kellynch;Kellynch Hall;Uppercross;Lyme;the Cobb;Bath;Camden Place;the navy
p Anne Elliot/Frederick Wentworth

@Alice in Wonderland - Lewis Carroll|book|Alice's Adventures in Wonderland;Alice in Wonderland;Alice Through the Looking Glass
c Alice (Alice in Wonderland)|f|Alice
c The Mad Hatter|m|Mad Hatter;the Hatter;Hatter
c The White Rabbit|m|White Rabbit;the White Rabbit
c The Cheshire Cat|m|Cheshire Cat;the Cheshire Cat;Cheshire
c The Queen of Hearts|f|Queen of Hearts;the Queen of Hearts
c The March Hare|m|March Hare;the March Hare
c The Dormouse|m|Dormouse;the Dormouse
c The Caterpillar|m|Caterpillar;the Caterpillar
v Wonderland;rabbit-hole;rabbit hole;tea-party;tea party;Drink Me;Eat Me;croquet;flamingo;the Mock Turtle;the Gryphon;the Duchess;Off with her head;Off with his head;Looking-Glass
p Alice (Alice in Wonderland) & The Mad Hatter

@Sherlock Holmes - Arthur Conan Doyle|book|Sherlock Holmes;ACD;Sherlock Holmes & Related Fandoms;Sherlock Holmes (Downey films)
c Sherlock Holmes|m|Sherlock Holmes;Holmes;Mr. Holmes;Mr Holmes|Sherlock
c John Watson|m|Watson;Dr. Watson;Doctor Watson;Dr Watson|John
c Mycroft Holmes|m|Mycroft
c Irene Adler|f|Irene Adler;Adler||the Woman
c James Moriarty|m|Moriarty;Professor Moriarty||the Napoleon of Crime
c Inspector Lestrade|m|Lestrade;Inspector Lestrade
c Mrs. Hudson|f|Mrs. Hudson;Mrs Hudson
c Mary Morstan|f|Mary Morstan;Miss Morstan
c Sebastian Moran|m|Colonel Moran;Sebastian Moran
v Baker Street;221B;Scotland Yard;hansom;Reichenbach;Reichenbach Falls;the Diogenes Club;Baker Street Irregulars;Stradivarius;Persian slipper;seven-per-cent;Afghanistan;my dear Watson;Elementary;the game is afoot;Dartmoor
p Sherlock Holmes/John Watson;John Watson/Mary Morstan;Sherlock Holmes & John Watson;Irene Adler/Sherlock Holmes;James Moriarty/Sebastian Moran

@Discworld - Terry Pratchett|book|Discworld;Pratchett
c Sam Vimes|m|Vimes;Sam Vimes;Commander Vimes;Sir Samuel;His Grace|Sam
c Havelock Vetinari|m|Vetinari;Lord Vetinari;Havelock||the Patrician
c Rincewind|m|Rincewind||the wizzard
c Death (Discworld)|m|Death||the Grim Reaper
c Granny Weatherwax|f|Granny Weatherwax;Esme Weatherwax;Esmerelda
c Nanny Ogg|f|Nanny Ogg;Gytha Ogg
c Carrot Ironfoundersson|m|Carrot;Captain Carrot
c Angua von Überwald|f|Angua
c Moist von Lipwig|m|Moist;Moist von Lipwig
c Tiffany Aching|f|Tiffany;Tiffany Aching
c Fred Colon|m|Colon;Sergeant Colon
c Nobby Nobbs|m|Nobby;Nobbs
v Ankh-Morpork;Unseen University;the Watch;City Watch;Night Watch;Lancre;Klatch;Überwald;the Luggage;Librarian;Ook;octarine;the Shades;Pseudopolis Yard;the Mended Drum;Disc;Great A'Tuin;Nac Mac Feegle;Igor;the Patrician's palace
p Havelock Vetinari/Sam Vimes;Carrot Ironfoundersson/Angua von Überwald;Granny Weatherwax & Nanny Ogg

@Les Misérables - Victor Hugo|book|Les Mis;Les Misérables;Les Miserables;Les Misérables - All Media Types
c Jean Valjean|m|Valjean;Jean Valjean;Monsieur Madeleine;Fauchelevent;24601
c Javert|m|Javert;Inspector Javert
c Enjolras|m|Enjolras
c Grantaire|m|Grantaire;R
c Marius Pontmercy|m|Marius;Pontmercy
c Cosette Fauchelevent|f|Cosette;the Lark
c Éponine Thénardier|f|Éponine;Eponine;Ponine
c Fantine|f|Fantine
c Combeferre|m|Combeferre
c Courfeyrac|m|Courfeyrac
c Gavroche Thénardier|m|Gavroche
c Thénardier|m|Thénardier;Thenardier
v barricade;barricades;the barricade;Les Amis de l'ABC;Les Amis;the Musain;Café Musain;Corinthe;Rue de la Chanvrerie;Montreuil-sur-Mer;Digne;Toulon;the galleys;the Republic;Patria;the Bishop;Myriel;candlesticks;Montfermeil;the sewers;Rue Plumet
p Enjolras/Grantaire;Javert/Jean Valjean;Cosette Fauchelevent/Marius Pontmercy;Combeferre/Courfeyrac;Combeferre/Enjolras;Éponine Thénardier/Marius Pontmercy;Jean Valjean & Cosette Fauchelevent

@A Song of Ice and Fire - George R. R. Martin|book|ASOIAF;A Song of Ice and Fire;A Song of Ice and Fire & Related Fandoms
c Jon Snow|m|Jon Snow;Lord Snow|Jon
c Daenerys Targaryen|f|Daenerys;Dany;Khaleesi||Mother of Dragons;the Dragon Queen;the Breaker of Chains
c Tyrion Lannister|m|Tyrion;the Imp;Halfman
c Jaime Lannister|m|Jaime;Kingslayer||the Kingslayer
c Cersei Lannister|f|Cersei
c Sansa Stark|f|Sansa;Little Bird
c Arya Stark|f|Arya;Arry;Nymeria
c Brienne of Tarth|f|Brienne;Brienne of Tarth||the Maid of Tarth
c Sandor Clegane|m|Sandor;the Hound||the Hound
c Robb Stark|m|Robb;the Young Wolf
c Eddard Stark|m|Ned Stark;Eddard;Lord Stark
c Petyr Baelish|m|Littlefinger;Petyr Baelish
c Theon Greyjoy|m|Theon;Reek
c Bran Stark|m|Bran;Brandon Stark
c Margaery Tyrell|f|Margaery
c Samwell Tarly|m|Samwell;Sam Tarly
v Winterfell;King's Landing;Westeros;Essos;the Wall;Night's Watch;Iron Throne;White Walkers;Others;direwolf;direwolves;Casterly Rock;the Seven;Old Gods;weirwood;Dothraki;Valyrian;Valyrian steel;Targaryen;Lannister;Stark;Greyjoy;Tyrell;Baratheon;maester;Citadel;wildlings;Free Folk;Dragonstone;Riverrun;the Red Keep;Small Council;Hand of the King;Winter is coming;the Red Wedding
p Brienne of Tarth/Jaime Lannister;Sandor Clegane/Sansa Stark;Daenerys Targaryen/Jon Snow;Jon Snow/Sansa Stark;Jaime Lannister/Cersei Lannister;Jon Snow/Robb Stark;Margaery Tyrell/Sansa Stark;Arya Stark & Jon Snow;Jon Snow & Samwell Tarly;Theon Greyjoy/Robb Stark

@The Witcher (TV)|tv|The Witcher;Wiedźmin;The Witcher - All Media Types;The Witcher (Video Games)
c Geralt z Rivii|m|Geralt;Geralt of Rivia;White Wolf;Gwynbleidd||the Witcher;the witcher;the Butcher of Blaviken
c Jaskier (The Witcher)|m|Jaskier;Dandelion;Julian Alfred Pankratz||the bard;the Bard
c Yennefer z Vengerbergu|f|Yennefer;Yen;Yennefer of Vengerberg||the sorceress
c Cirilla Fiona Elen Riannon|f|Ciri;Cirilla;Zireael||the Lion Cub of Cintra;Child Surprise
c Triss Merigold|f|Triss
c Eskel (The Witcher)|m|Eskel
c Lambert (The Witcher)|m|Lambert
c Vesemir (The Witcher)|m|Vesemir
c Cahir Mawr Dyffryn aep Ceallach|m|Cahir
c Regis (The Witcher)|m|Regis;Emiel Regis
v witcher;Witcher;witchers;Kaer Morhen;Roach;Cintra;Nilfgaard;Nilfgaardian;Aretuza;Temeria;Redania;Novigrad;Oxenfurt;the Continent;Elder Blood;Conjunction of the Spheres;Law of Surprise;Toss a coin;Brokilon;Sodden;drowners;striga;kikimora;Axii;Igni;Quen;Yrden;Aard;Toussaint;Skellige;Chaos
p Geralt z Rivii/Jaskier (The Witcher);Geralt z Rivii/Yennefer z Vengerbergu;Geralt z Rivii & Cirilla Fiona Elen Riannon;Eskel/Geralt z Rivii;Geralt z Rivii/Triss Merigold;Geralt z Rivii/Reader;Jaskier (The Witcher)/Reader

@Hamilton - Miranda|theater|Hamilton;Hamilton: An American Musical;Hamilton - All Media Types
c Alexander Hamilton|m|Alexander Hamilton;Hamilton;Hammy;Ham|Alexander
c Aaron Burr|m|Burr;Aaron Burr
c John Laurens|m|Laurens;John Laurens
c Marquis de Lafayette|m|Lafayette;Laf;Lafayette;Gilbert du Motier
c Hercules Mulligan|m|Mulligan;Hercules Mulligan;Herc
c Thomas Jefferson|m|Jefferson;Thomas Jefferson
c James Madison|m|Madison;James Madison
c George Washington|m|Washington;General Washington
c Eliza Hamilton|f|Eliza;Eliza Schuyler;Betsey
c Angelica Schuyler|f|Angelica
c Peggy Schuyler|f|Peggy
c George III of the United Kingdom|m|King George;George III
v Schuyler sisters;Schuyler;Revolution;revolution;the Revolution;Continental Army;redcoats;Yorktown;Federalist Papers;Federalist;Treasury;Monticello;Weehawken;the Room Where It Happens;Valley Forge;the duel;the Reynolds Pamphlet;Treasury Secretary;Continental Congress
p Alexander Hamilton/John Laurens;Alexander Hamilton/Eliza Hamilton;Alexander Hamilton/Thomas Jefferson;Hercules Mulligan/Marquis de Lafayette;James Madison/Thomas Jefferson;Aaron Burr/Alexander Hamilton;Alexander Hamilton & John Laurens & Marquis de Lafayette & Hercules Mulligan

@Shadowhunters (TV)|tv|Shadowhunters;The Mortal Instruments;TMI;Shadowhunter Chronicles - All Media Types
c Alec Lightwood|m|Alec;Alexander Lightwood
c Magnus Bane|m|Magnus;Bane||the High Warlock of Brooklyn
c Jace Wayland|m|Jace;Jace Herondale;Jace Lightwood
c Clary Fray|f|Clary;Clarissa Fray;Clary Fairchild
c Simon Lewis|m|Simon Lewis
c Isabelle Lightwood|f|Isabelle;Izzy
c Raphael Santiago|m|Raphael
c Valentine Morgenstern|m|Valentine
v Shadowhunter;Shadowhunters;Nephilim;Downworld;Downworlder;Downworlders;the Institute;Idris;Alicante;the Clave;parabatai;stele;runes;rune;seraph blade;warlock;warlocks;Mundane;mundanes;Pandemonium;Hunter's Moon;Mortal Cup;Mortal Sword;Circle;Seelie
p Alec Lightwood/Magnus Bane;Clary Fray/Jace Wayland;Clary Fray/Simon Lewis;Isabelle Lightwood/Simon Lewis;Alec Lightwood & Jace Wayland;Raphael Santiago/Simon Lewis

@Six of Crows Series - Leigh Bardugo|book|Six of Crows;Grishaverse;Shadow and Bone;Shadow and Bone (TV);Grishaverse - All Media Types
c Kaz Brekker|m|Kaz;Dirtyhands;Mister Brekker
c Inej Ghafa|f|Inej;the Wraith||the Wraith
c Jesper Fahey|m|Jesper
c Wylan Van Eck|m|Wylan
c Nina Zenik|f|Nina
c Matthias Helvar|m|Matthias
c Alina Starkov|f|Alina;Sun Summoner||the Sun Summoner
c The Darkling|m|Darkling;Aleksander;Kirigan;General Kirigan||the Darkling
c Malyen Oretsev|m|Mal;Malyen
v Ketterdam;the Barrel;the Dregs;Crow Club;the Slat;Fjerda;Fjerdan;Ravka;Ravkan;Kerch;Grisha;Heartrender;Squaller;Inferni;Tidemaker;Fabrikator;jurda;jurda parem;Ice Court;the Fold;the Unsea;Little Palace;Os Alta;Suli;kruge;drüskelle;Dime Lions
p Inej Ghafa/Kaz Brekker;Jesper Fahey/Wylan Van Eck;Matthias Helvar/Nina Zenik;Alina Starkov/The Darkling;Alina Starkov/Malyen Oretsev;Jesper Fahey & Kaz Brekker;Kaz Brekker/Reader
"""
