"""Common first names and name-like words: alone they never claim a fandom.

"John" or "Will" appear in countless stories; a pack character whose only hit is such a
name is resolved once the fandom is known but is not evidence for the fandom itself.
"""

COMMON_NAMES = frozenset(
    """
Aaron Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Andy Angela Ann Anna Anne Anthony Arthur
Ben Benjamin Beth Betty Bill Billy Bob Bobby Brian Bruce Carl Carol Caroline Catherine Charles Charlie
Charlotte Chris Christopher Claire Daniel Danny Dave David Dean Diana Donna Edward Eddie Elizabeth Ellen
Emily Emma Eric Frank Fred George Grace Hannah Harry Helen Henry Jack Jacob Jake James Jane Jason Jean
Jennifer Jenny Jessica Jim Jimmy Joe John Johnny Jonathan Joseph Josh Julia Julie Kate Katie Kevin Kim
Laura Lee Leo Linda Lisa Louis Lucy Luke Margaret Maria Mark Martha Martin Mary Matt Matthew Max Michael
Mike Molly Nancy Nick Oliver Paul Peter Phil Rachel Ray Richard Rob Robert Rose Ryan Sam Sara Sarah
Scott Simon Sophie Steve Steven Sue Susan Thomas Tim Tom Tony Will William Hope Faith May Joy Dawn
Tommy Ted Teddy Jamie Alfred Arthur Harold Walter Victor Vincent Lily Ruby Jo Meg Amelia Ava Isabel Isabella
Olivia Noah Ethan Liam Lucas Mason Logan Jackson Elijah Abigail Mia Ella Chloe Zoe Natalie Nina Rebecca
Ron Ronald Don Donald Gary Greg Jeff Jerry Larry Terry Ralph Roger Roy Stan Stanley Fran Frances Ruth Jim
Abby Adele Alan Annie Barbara Carrie Connor Derek Dan Dylan Evan Gabriel Ian Isaac Jane Jay Jesse Joel
Jordan Kyle Leah Levi Mark Marie Miles Nathan Neil Owen Patrick Penny Quinn Rick Robin Ruby Sean Seth Tara
Toby Tyler Victoria Wendy Zach Kitty Lydia Julian Eli Finn Rory Rowan Ivy Iris Holly Violet Hazel
Mister Miss Mrs Mr Sir Lady Lord Captain Doctor Father Mother King Queen Prince Princess Master
""".split()
)

# Capitalised words of the packs that are also ordinary English words ("Heaven", "Strange",
# "Power"): alone they are no evidence for a fandom. Listed from the packs' own vocabulary and
# aliases, keeping the words that occur in lower case in ordinary novels; add new ones by hand.
COMMON_WORDS = frozenset(
    """
ARMY AU Ability Absolute Abyss Aching Act Acting Admiral Agency Agent Air All Alley Alliance Allies Ambassador
Ami An Analysis Angel Angels Ants Arena Armed Armies Army Arrangement Arrow Ascend Ash Ashen Assembly Asset
Assistant Association Asylum Attack Au BELIEVE Baby Bad Bag Ball Bang Barrel Barrier Bat Bath Bats Battle Be
Beard Beast Beasts Beau Believe Beneath Big Bill Bird Bishop Black Blade Blight Blind Blood Bloody Bloom Blue
Bomb Bones Bonnet Book Box Boy Brain Brave Breach Break Breath Breathing Bronze Brook Brother Brotherhood Brow
Brown Bull Burial Butcher Butterfly Cabin Camp Campaign Cap Capitals Captain Castle Cat Center Central Chains
Chamber Champion Chaos Chapel Charming Chase Chicken Chief Child Chimney Chin China Chosen Chuck Church
Cigarette Circle City Class Clay Cloud Club Coach Colonel Colossal Comic Commission Commune Company Compound
Concentration Constable Continent Continental Control Cook Copy Corps Corridor Council Court Cove Crazy Crest
Crime Crimson Crisis Cross Crow Crown Crowned Cub Cup Curly Curse Curses DETERMINATION DI Daisy Danger Dark
Darkness Date Dawn Day Dead Death Decay Deep Deer Defiant Demon Den Department Desert Despair Destiny
Detective Device Devil Diamond Din Directions District Divine Division Doctor Dog Dogs Dominion Doom Double
Down Dragon Dread Dream Drink Drive Driver Drop Du Duchess Duck Duke Dust Earth East Eat Echo Edge Elder
Elementary Eleven Emerald Enchanted End Endeavor Endless Engage Enterprise Entertainment Envy Equivalent Error
Evil Exam Exchange Expansion Experience Explosion Express Eye Eyes Face Factor Fade Fair Fairy Faith Falls
Family Feed Fell Fellowship Female Festival Fifth Final Fire Fireflies First Fist Five Flame Flash Flower
Flying Fold Folk For Force Forces Forehead Forest Forward Foundation Four Frank Fray Free Fruit Full Funeral
Fury Future Gale Game Games Gang Garden Garret Gate General Generation Gentleman Ghost Gin Giorno Girl Glory
Go Goat God Goddess Gods Going Gold Golden Grace Grade Grand Grant Gray Great Green Grey Grim Ground Grove
Guardian Guardians Gun Hall Ham Hand Hands Handsome Happens Happy Harbor Hare Hat Hats Haven Havoc Hazel He
Head Heartless Hearts Heaven Heaven's Heavenly Heavens Heights Hell Hen Herald Hero Hidden High Hill Hills His
Hit Hob Hollow Holy Home Honey Hood Hop Hope Horse Hotel Hound House Human Hunt Hunter Hunters Hunting IT Ice
Immortal Imp Incident Independent Infinity Initiative Ink Inn Inner Inquiry Inspector Iron Island It Ivy
Jackals Japan Jasmine Jolly Judgment Jump Justice Keener Keep Ken Kid Killing King Kingdom Knave Knight Know
LED LOVE La Lady Lake Land Landing Lands Lanes Lark Las Last Law Leader Leaf League Leg Les Letters License
Lieutenant Light Lily Line Link Lion Lions Little Lived Lobby Lodge Log Lonely Longer Looking-Glass Lord Lords
Lost Louis Love Lower Lucky Luggage Machine Mad Madam Madame Magic Maid Mail Make Male Man Management Manor
Mansion March Mark Market Marquis Mars Marvel Mask Master May Maze Me Medium Meeting Melody Memories Men
Mended Mercy Merry Metropolis Midnight Might Mighty Miles Military Miller Min Mind Miracles Mischief Miss Mist
Mistress Misty Mo Mock Modest Moist Monkey Monsieur Monster Moon Moonlight Mortal Mother Mounds Mount Mountain
Murder Must Named Nation Natural Navy Near New Nick Night Night's Nightmare Nine No Noble Nobody Noir North
Not Note Number Nurse Oak Oblivion Off Official Old Once One Oracle Order Orphan Other Others Outer Palace
Palaces Papers Paradise Park Parlor Party Peace Peak Pearl Pens Pepper Phantom Pier Pig Pillar Pit Place
Planet Plus Point Poison Police Pond Port Pose Post Powder Power Present Pretty Pride Prim Prime Prince
Princess Prison Professor Promised Proud Public Puppy Purple Push Quarter Queen Rabbit Radiant Rain Ran Rap
Rats Raven Ray Rebellion Recall Recesses Red Red-Haired Reed Regiment Resistance Revenge Revolution Riddle
Ring Riot River Road Rock Rocket Room Rose Round Royal Rude Ruins Rush SAVE SEAL SHIELD SOLDIER SOUL SOULs
STAY Safety Sage Sailor Salt Scar Scarecrow Scarlet School Science Scrap Scratch Se Seal Second Secretary
Selection Serenity Seven Seventh Shades Shadow Shadows Share Shield Shire Shooting Shrine Signal Silver Sing
Sir Sister Six Skeleton Skill Skull Sky Slate Sleepy Small Smoking Smooth Snap Snow Society Sodden Solace
Soldier Solo Song Sorrow Sought Soul Source South Space Special Spiders Sports Spring Stand Stands Star Stark
Stars State Stays Sting Stone Stones Storm Strange Straw Strawberry Street Strife Strongest Student Subject
Sue Sugar Suh Summers Sun Sunny Supreme Surprise Survey Sweet Sword Symbol System TIE Table Tainted Take Task
Tea Teach Teacher Team Temple Ten The Them Thieves Those Thousand Three Throne Thunder Tier Tiger Time Tones
Took Toss Total Touch Towards Tower Towers Town Train Tranquil Trap Traveler Treasure Tree Trial Trio True
Truth Twelve Twilight Twitch Ultimate Uncle Under Underground United Unseen Up Upper Upside Urge Val Valley
Vault Velvet Vex Village Villains Violet Vision Visions Void Wall Walls War Watch Water Waters Way Wedding
Weeping West Where White Who Wicked Widow Will Wills Wind Wing Winter Wise Witch Wolf Woman Wonder Wood Woods
World Worlds Yard Yellow Young Your Zero
""".split()
)
