"""Pack source: games, web comics, animation and donghua (format in build_packs.py)."""

SOURCE = r"""
@Hazbin Hotel (Cartoon)|comic|Hazbin Hotel;Helluva Boss;Hazbin Hotel (Web Series)
c Alastor (Hazbin Hotel)|m|Alastor;Al||the Radio Demon
c Charlie Morningstar|f|Charlie Morningstar;Charlotte Morningstar||the Princess of Hell
c Angel Dust (Hazbin Hotel)|m|Angel Dust;Anthony
c Vaggie (Hazbin Hotel)|f|Vaggie;Vagatha
c Husk (Hazbin Hotel)|m|Husk;Husker
c Lucifer Morningstar (Hazbin Hotel)|m|Lucifer Morningstar;Lucifer||the King of Hell
c Vox (Hazbin Hotel)|m|Vox
c Valentino (Hazbin Hotel)|m|Valentino;Val
c Niffty (Hazbin Hotel)|f|Niffty
c Sir Pentious (Hazbin Hotel)|m|Sir Pentious;Pentious
v Hazbin Hotel;the Hotel;Happy Hotel;Pride Ring;Vees;the Vees;Overlord;Overlords;Extermination;exterminators;Exorcists;sinner;sinners;Heaven;Hell;Cannibal Town;redemption;radio static;deal;the Ring
p Alastor (Hazbin Hotel)/Lucifer Morningstar (Hazbin Hotel);Charlie Morningstar/Vaggie (Hazbin Hotel);Angel Dust (Hazbin Hotel)/Husk (Hazbin Hotel);Alastor (Hazbin Hotel)/Vox (Hazbin Hotel);Alastor (Hazbin Hotel) & Charlie Morningstar;Alastor (Hazbin Hotel)/Reader

@Arcane: League of Legends (Cartoon 2021)|comic|Arcane;League of Legends;LoL
c Vi (League of Legends)|f|Vi;Violet
c Jinx (League of Legends)|f|Jinx;Powder
c Caitlyn (League of Legends)|f|Caitlyn;Cait;Cupcake;Caitlyn Kiramman
c Jayce (League of Legends)|m|Jayce;Jayce Talis
c Viktor (League of Legends)|m|Viktor
c Silco (League of Legends)|m|Silco
c Vander (League of Legends)|m|Vander
c Mel Medarda|f|Mel;Mel Medarda
c Ekko (League of Legends)|m|Ekko
c Heimerdinger (League of Legends)|m|Heimerdinger
v Piltover;Zaun;the undercity;Undercity;the Lanes;Hextech;hextech;Shimmer;shimmer;the Council;the Academy;Enforcers;enforcers;the Last Drop;Firelights;chem-baron;chem-barons;Stillwater;hexgem;Noxus;Noxian;Hexgates;the Hexgate
p Caitlyn (League of Legends)/Vi (League of Legends);Jayce (League of Legends)/Viktor (League of Legends);Jinx (League of Legends) & Vi (League of Legends);Ekko (League of Legends)/Jinx (League of Legends);Jayce (League of Legends)/Mel Medarda;Jinx (League of Legends) & Silco (League of Legends)

@The Last of Us (Video Games)|game|The Last of Us;TLOU;The Last of Us (TV);The Last of Us Part II
c Joel Miller (The Last of Us)|m|Joel Miller|Joel
c Ellie Williams (The Last of Us)|f|Ellie Williams;kiddo|Ellie
c Dina (The Last of Us)|f|Dina
c Tommy Miller (The Last of Us)|m|Tommy Miller|Tommy
c Abby Anderson|f|Abby Anderson|Abby
c Bill (The Last of Us)|m|Bill
c Frank (The Last of Us)|m|Frank
c Tess (The Last of Us)|f|Tess
c Riley Abel|f|Riley Abel
c Lev (The Last of Us)|m|Lev
v Cordyceps;cordyceps;infected;the infected;Clicker;Clickers;clickers;Runners;Bloater;FEDRA;Fireflies;Firefly;the QZ;quarantine zone;Jackson;Seraphites;Scars;WLF;Wolves;the outbreak;spores;gas mask;Boston QZ;Salt Lake City;Pittsburgh;the hospital
p Ellie Williams (The Last of Us) & Joel Miller (The Last of Us);Dina (The Last of Us)/Ellie Williams (The Last of Us);Bill (The Last of Us)/Frank (The Last of Us);Ellie Williams (The Last of Us)/Riley Abel;Joel Miller (The Last of Us)/Tess (The Last of Us);Joel Miller (The Last of Us)/Reader

@Dangan Ronpa (Video Games)|game|Danganronpa;Dangan Ronpa;Danganronpa V3;Super Danganronpa 2;SDR2;DRV3
c Naegi Makoto|m|Naegi;Makoto Naegi;Naegi-kun
c Kirigiri Kyouko|f|Kirigiri;Kyoko Kirigiri;Kyouko
c Togami Byakuya|m|Togami;Byakuya Togami;Byakuya
c Komaeda Nagito|m|Komaeda;Nagito;Nagito Komaeda
c Hinata Hajime|m|Hinata Hajime;Hajime;Hajime Hinata;Hinata-kun
c Ouma Kokichi|m|Ouma;Kokichi;Kokichi Ouma;Kokichi Oma
c Saihara Shuuichi|m|Saihara;Shuichi;Shuuichi;Shuichi Saihara
c Momota Kaito|m|Momota;Kaito Momota
c Akamatsu Kaede|f|Akamatsu;Kaede Akamatsu;Kaede
c Enoshima Junko|f|Enoshima;Junko;Junko Enoshima||the Ultimate Despair
c Monokuma|m|Monokuma
c Kuzuryuu Fuyuhiko|m|Fuyuhiko;Kuzuryu;Kuzuryuu
c Souda Kazuichi|m|Souda;Kazuichi;Soda
v Hope's Peak;Hope's Peak Academy;Ultimate Despair;Ultimate Hope;class trial;Class Trial;killing game;Killing Game;Future Foundation;Jabberwock Island;Ultimate Lucky Student;Ultimate Detective;Ultimate Supreme Leader;despair;hope;Monokubs;Usami;Monomi;punishment;blackened;truth bullet;Truth Bullet
p Hinata Hajime/Komaeda Nagito;Ouma Kokichi/Saihara Shuuichi;Kirigiri Kyouko/Naegi Makoto;Akamatsu Kaede/Saihara Shuuichi;Momota Kaito/Saihara Shuuichi;Kuzuryuu Fuyuhiko/Souda Kazuichi;Naegi Makoto/Togami Byakuya

@Homestuck|comic|Homestuck;Hiveswap;MSPA
c John Egbert|m|John Egbert;Egbert;ectoBiologist|John
c Rose Lalonde|f|Rose Lalonde;tentacleTherapist|Rose
c Dave Strider|m|Dave Strider;turntechGodhead|Dave
c Jade Harley|f|Jade Harley;gardenGnostic|Jade
c Karkat Vantas|m|Karkat;carcinoGeneticist;Vantas
c Kanaya Maryam|f|Kanaya;grimAuxiliatrix
c Terezi Pyrope|f|Terezi;gallowsCalibrator
c Vriska Serket|f|Vriska;arachnidsGrip
c Sollux Captor|m|Sollux;twinArmageddons
c Gamzee Makara|m|Gamzee;terminallyCapricious
c Dirk Strider|m|Dirk Strider|Dirk
c Jake English|m|Jake English
c Roxy Lalonde|f|Roxy Lalonde|Roxy
c Jane Crocker|f|Jane Crocker
v Sburb;SBURB;Sgrub;Alternia;troll;trolls;Beforus;Skaia;Derse;Prospit;Pesterchum;pesterlog;Trollian;quadrant;quadrants;matesprit;kismesis;moirail;auspistice;lusus;hivestem;sylladex;captchalogue;Alchemiter;the Medium;Lord English;Bro;Lil Cal;God Tier;god tier;Hero of Breath;Knight of Time
p Dave Strider/Karkat Vantas;Kanaya Maryam/Rose Lalonde;John Egbert/Dave Strider;Dirk Strider/Jake English;Gamzee Makara/Karkat Vantas;Terezi Pyrope/Vriska Serket;Dave Strider & Rose Lalonde

@魔道祖师 - 墨香铜臭 | Módào Zǔshī - Mòxiāng Tóngxiù|book|Mo Dao Zu Shi;MDZS;The Untamed;陈情令;Grandmaster of Demonic Cultivation;陈情令 | The Untamed (TV)
c Wei Ying | Wei Wuxian|m|Wei Wuxian;Wei Ying;Mo Xuanyu||the Yiling Patriarch;Yiling Laozu
c Lan Zhan | Lan Wangji|m|Lan Wangji;Lan Zhan;Hanguang-jun;Lan Er-gege;er-gege
c Jiang Cheng|m|Jiang Cheng;Jiang Wanyin;Sandu Shengshou
c Jiang Yanli|f|Jiang Yanli;shijie
c Lan Huan | Lan Xichen|m|Lan Xichen;Lan Huan;Zewu-jun
c Jin Guangyao|m|Jin Guangyao;Meng Yao;Lianfang-zun
c Nie Mingjue|m|Nie Mingjue;Chifeng-zun
c Nie Huaisang|m|Nie Huaisang
c Wen Ning|m|Wen Ning;Wen Qionglin||the Ghost General
c Wen Qing|f|Wen Qing
c Lan Sizhui|m|Lan Sizhui;Lan Yuan;A-Yuan
c Jin Ling|m|Jin Ling;Jin Rulan;A-Ling
c Xiao Xingchen|m|Xiao Xingchen
c Xue Yang|m|Xue Yang
v Cloud Recesses;Gusu;Gusu Lan;Lanling Jin;Yunmeng;Yunmeng Jiang;Lotus Pier;Qinghe Nie;Wen sect;Qishan Wen;Burial Mounds;Yiling;Chenqing;Bichen;Suibian;Tianzi Xiao;golden core;Sunshot Campaign;cultivator;cultivators;cultivation;Stygian Tiger Seal;qiankun pouch;guqin;Inquiry;forehead ribbon;Jingshi;sect leader;gege;zhiji
p Lan Zhan | Lan Wangji/Wei Ying | Wei Wuxian;Jin Guangyao/Lan Huan | Lan Xichen;Jiang Cheng/Wei Ying | Wei Wuxian;Xiao Xingchen/Xue Yang;Jiang Cheng & Wei Ying | Wei Wuxian;Jiang Cheng & Jiang Yanli & Wei Ying | Wei Wuxian;Nie Mingjue/Lan Huan | Lan Xichen

@天官赐福 - 墨香铜臭 | Tiān Guān Cì Fú - Mòxiāng Tóngxiù|book|Tian Guan Ci Fu;TGCF;Heaven Official's Blessing;天官赐福
c Xie Lian|m|Xie Lian;Taizi Dianxia;Your Highness||the Crown Prince;the Scrap Immortal;the Flower Crowned Martial God
c Hua Cheng|m|Hua Cheng;San Lang;Sanlang;Crimson Rain Sought Flower;Wu Ming||Ghost King;the Ghost King
c Shi Qingxuan|m|Shi Qingxuan;Wind Master
c He Xuan|m|He Xuan;Ming Yi;Earth Master;Black Water
c Mu Qing|m|Mu Qing;Xuan Zhen
c Feng Xin|m|Feng Xin;Nan Yang
c Jun Wu|m|Jun Wu;Heavenly Emperor;Bai Wuxiang;White No-Face
c Ling Wen|f|Ling Wen
c Qi Rong|m|Qi Rong;Green Ghost
c Lang Qianqiu|m|Lang Qianqiu
c Yin Yu|m|Yin Yu
c Pei Ming|m|Pei Ming;General Pei
v Heavenly Court;Xianle;Ghost City;Paradise Manor;Mount Tonglu;Puqi Shrine;E-Ming;Ruoye;dice;butterflies;silver butterflies;Heavenly Official;heavenly official;heavenly officials;merits;merit;Martial God;martial god;ascended;ascension;Calamity;Supreme;gege;dianxia;Dianxia;Banyue;Yong'an
p Hua Cheng/Xie Lian;He Xuan/Shi Qingxuan;Feng Xin/Mu Qing;Hua Cheng & Xie Lian;Jun Wu/Xie Lian

@人渣反派自救系统 - 墨香铜臭 | Rén Zhā Fǎnpài Zìjiù Xìtǒng - Mòxiāng Tóngxiù|book|Scum Villain's Self-Saving System;SVSSS;Scum Villain
c Shen Yuan|m|Shen Yuan;Shen Qingqiu;Shizun;Peerless Cucumber||the scum villain
c Luo Binghe|m|Luo Binghe;Binghe
c Liu Qingge|m|Liu Qingge
c Yue Qingyuan|m|Yue Qingyuan;Zhangmen-shixiong
c Shang Qinghua|m|Shang Qinghua;Airplane Shooting Towards the Sky
c Mobei-jun|m|Mobei-jun;Mobei Jun
c Ning Yingying|f|Ning Yingying
c Shen Jiu|m|Shen Jiu
v Cang Qiong Mountain Sect;Cang Qiong;Qing Jing Peak;Bai Zhan Peak;An Ding Peak;the System;System;Proud Immortal Demon Way;Xin Mo;Endless Abyss;B-points;Heavenly Demon;shizun;shixiong;shidi;disciple;disciples
p Luo Binghe/Shen Yuan;Liu Qingge/Shen Yuan;Mobei-jun/Shang Qinghua;Shen Jiu/Yue Qingyuan

@Persona 5|game|Persona 5;P5;Persona 5 Royal;P5R;Persona Series
c Amamiya Ren|m|Amamiya Ren;Ren Amamiya;Akira Kurusu;Kurusu Akira;Joker||the Trickster;the protagonist
c Akechi Goro|m|Akechi;Goro Akechi;Crow;Akechi-kun||the Detective Prince
c Sakamoto Ryuji|m|Ryuji;Sakamoto;Skull
c Takamaki Ann|f|Takamaki;Ann Takamaki;Panther
c Kitagawa Yusuke|m|Yusuke;Kitagawa;Fox
c Niijima Makoto|f|Niijima Makoto;Makoto Niijima;Queen
c Sakura Futaba|f|Futaba;Oracle;Sakura Futaba
c Okumura Haru|f|Haru Okumura;Okumura;Noir
c Morgana (Persona 5)|m|Morgana;Mona
c Sakura Sojiro|m|Sojiro;Boss
v Phantom Thieves;Metaverse;Palace;Palaces;Mementos;Velvet Room;calling card;Shadow;Shadows;Persona;Personas;Arsene;Shujin;Shujin Academy;Leblanc;Café Leblanc;Yongen-Jaya;Shibuya;Treasure;the Metaverse Navigator;Igor;Caroline and Justine;Shido
p Akechi Goro/Amamiya Ren;Amamiya Ren/Sakamoto Ryuji;Amamiya Ren/Kitagawa Yusuke;Amamiya Ren/Takamaki Ann;Niijima Makoto/Okumura Haru;Amamiya Ren & Morgana (Persona 5)

@Baldur's Gate (Video Games)|game|Baldur's Gate 3;BG3;Baldur's Gate
c Astarion (Baldur's Gate)|m|Astarion;Astarion Ancunín
c Shadowheart (Baldur's Gate)|f|Shadowheart
c Gale of Waterdeep|m|Gale;Gale Dekarios
c Karlach (Baldur's Gate)|f|Karlach
c Lae'zel (Baldur's Gate)|f|Lae'zel
c Wyll Ravengard|m|Wyll;the Blade of Frontiers
c Halsin (Baldur's Gate)|m|Halsin
c Minthara (Baldur's Gate)|f|Minthara
c Tav (Baldur's Gate)|-|Tav
c Durge (Baldur's Gate)|-|Durge;Dark Urge||the Dark Urge
c Cazador Szarr|m|Cazador
c Enver Gortash|m|Gortash
v tadpole;tadpoles;illithid;mind flayer;mind flayers;Absolute;the Absolute;Baldur's Gate;Moonrise Towers;Shadow-Cursed Lands;Underdark;Grove;the Emerald Grove;Netherbrain;Elder Brain;Githyanki;githyanki;Vlaakith;Mystra;Shar;Selûne;Avernus;Waterdeep;Szarr Palace;Bhaal;camp;Withers;Scratch;Owlbear;owlbear;the Nautiloid;Nautiloid
p Astarion (Baldur's Gate)/Tav (Baldur's Gate);Astarion (Baldur's Gate)/Gale of Waterdeep;Gale of Waterdeep/Tav (Baldur's Gate);Karlach (Baldur's Gate)/Tav (Baldur's Gate);Shadowheart (Baldur's Gate)/Lae'zel (Baldur's Gate);Astarion (Baldur's Gate)/Durge (Baldur's Gate);Astarion (Baldur's Gate)/Reader;Gale of Waterdeep/Reader

@Fire Emblem: Three Houses|game|Fire Emblem Three Houses;FE3H;Fire Emblem;Fire Emblem Fūkasetsugetsu
c Byleth (Fire Emblem)|-|Byleth;Professor||the Ashen Demon;Professor
c Dimitri Alexandre Blaiddyd|m|Dimitri;Dima||the Boar Prince;His Highness
c Edelgard von Hresvelg|f|Edelgard;El||the Flame Emperor
c Claude von Riegan|m|Claude;Khalid
c Felix Hugo Fraldarius|m|Felix Fraldarius;Fraldarius|Felix
c Sylvain Jose Gautier|m|Sylvain
c Hubert von Vestra|m|Hubert
c Ferdinand von Aegir|m|Ferdinand
c Dedue Molinaro|m|Dedue
c Rhea (Fire Emblem)|f|Rhea;Archbishop Rhea;Seiros
c Jeritza von Hrym|m|Jeritza||the Death Knight
v Garreg Mach;Garreg Mach Monastery;Fódlan;Fodlan;Adrestia;Adrestian Empire;Faerghus;Holy Kingdom of Faerghus;Leicester Alliance;Black Eagles;Blue Lions;Golden Deer;Crests;Crest;Hero's Relic;Church of Seiros;the Goddess;Sothis;Enbarr;Fhirdiad;Derdriu;Those Who Slither in the Dark;Knights of Seiros
p Byleth (Fire Emblem)/Dimitri Alexandre Blaiddyd;Felix Hugo Fraldarius/Sylvain Jose Gautier;Ferdinand von Aegir/Hubert von Vestra;Claude von Riegan/Dimitri Alexandre Blaiddyd;Byleth (Fire Emblem)/Edelgard von Hresvelg;Byleth (Fire Emblem)/Claude von Riegan;Dimitri Alexandre Blaiddyd & Felix Hugo Fraldarius

@Detroit: Become Human (Video Game)|game|Detroit: Become Human;DBH;Detroit Become Human
c Connor (Detroit: Become Human)|m|Connor;RK800;Connor RK800||the deviant hunter
c Hank Anderson|m|Hank;Hank Anderson;Lieutenant Anderson;Lieutenant
c Markus (Detroit: Become Human)|m|Markus;RK200
c Kara (Detroit: Become Human)|f|Kara
c Alice Williams|f|Alice Williams
c Luther (Detroit: Become Human)|m|Luther
c North (Detroit: Become Human)|f|North
c Simon (Detroit: Become Human)|m|Simon
c Gavin Reed|m|Gavin Reed;Detective Reed
c RK900 (Detroit: Become Human)|m|RK900;Nines;Richard
c Elijah Kamski|m|Kamski;Elijah Kamski
v android;androids;Android;deviant;deviants;deviancy;CyberLife;Cyberlife;thirium;Thirium;LED;Jericho;Amanda;the Zen Garden;Detroit;DPD;Detroit Police Department;software instability;Chicken Feed;Sumo;RA9;wall;the Revolution;plastic prick
p Connor (Detroit: Become Human)/Hank Anderson;Connor (Detroit: Become Human) & Hank Anderson;Markus (Detroit: Become Human)/Simon (Detroit: Become Human);Gavin Reed/RK900 (Detroit: Become Human);Connor (Detroit: Become Human)/Markus (Detroit: Become Human);Kara (Detroit: Become Human) & Alice Williams;Connor (Detroit: Become Human)/Reader

@Kingdom Hearts (Video Games)|game|Kingdom Hearts;KH
c Sora (Kingdom Hearts)|m|Sora
c Riku (Kingdom Hearts)|m|Riku
c Kairi (Kingdom Hearts)|f|Kairi
c Roxas (Kingdom Hearts)|m|Roxas
c Axel (Kingdom Hearts)|m|Axel;Lea
c Xion (Kingdom Hearts)|f|Xion
c Ventus (Kingdom Hearts)|m|Ventus;Ven
c Vanitas (Kingdom Hearts)|m|Vanitas
c Terra (Kingdom Hearts)|m|Terra
c Aqua (Kingdom Hearts)|f|Aqua
c Xemnas (Kingdom Hearts)|m|Xemnas
v Keyblade;Keyblades;keyblade;Heartless;Nobody;Nobodies;Organization XIII;Twilight Town;Destiny Islands;Castle Oblivion;Radiant Garden;Hollow Bastion;Kingdom Hearts;the Realm of Darkness;paopu;paopu fruit;sea-salt ice cream;Donald;Goofy;King Mickey;Dark Corridor;Unversed;the clock tower
p Riku/Sora (Kingdom Hearts);Axel/Roxas (Kingdom Hearts);Kairi/Sora (Kingdom Hearts);Terra/Ventus (Kingdom Hearts);Vanitas/Ventus (Kingdom Hearts);Axel & Roxas & Xion (Kingdom Hearts);Riku & Sora (Kingdom Hearts)

@Ted Lasso (TV)|tv|Ted Lasso
c Ted Lasso|m|Ted Lasso;Coach Lasso;Coach|Ted
c Roy Kent|m|Roy Kent;Roy
c Jamie Tartt|m|Jamie Tartt;Tartt
c Keeley Jones|f|Keeley
c Rebecca Welton|f|Rebecca Welton;Rebecca
c Nathan Shelley|m|Nate;Nate the Great;Nathan Shelley
c Coach Beard|m|Beard;Coach Beard
c Sam Obisanya|m|Sam Obisanya;Obisanya
c Higgins (Ted Lasso)|m|Higgins;Leslie Higgins
c Trent Crimm|m|Trent Crimm;Trent Crimm The Independent
v AFC Richmond;Richmond;Greyhounds;Nelson Road;the Crown & Anchor;Crown and Anchor;Believe;BELIEVE;biscuits;the pitch;kit;Premier League;relegation;Diamond Dogs;the boot room;West Ham;Manchester City;Roy Kent's
p Jamie Tartt/Roy Kent;Keeley Jones/Roy Kent;Rebecca Welton/Ted Lasso;Nathan Shelley/Ted Lasso;Coach Beard & Ted Lasso;Jamie Tartt/Keeley Jones;Keeley Jones/Rebecca Welton
"""
