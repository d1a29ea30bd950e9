"""Labelled fan-fiction-style passages, one list per form of dialogue (issue 30, point 3).

Written for these tests (no text of ../shared). Each passage is (text, lines): each line spoken is
(words from it, speaker), the speaker as a name its character is called by, or "Reader" for the
second-person reader of a reader-insert.
TUNE passages were written first and the stage was improved while reading its output on them;
CHECK passages were written afterwards and only scored.
"""

TUNE = {
    "present tense": [
        (
            "The motel room smells like bleach and old coffee. Dean drops his bag on the bed.\n\n"
            '"Where are you going?" Dean asks.\n\n'
            '"Out," Sam says. He grabs his jacket from the chair. "I need air."\n\n'
            '"It\'s two in the morning."\n\n'
            '"So?"\n\n'
            '"So nothing good happens at two in the morning, Sammy."\n\n'
            "Sam rolls his eyes and opens the door anyway.\n",
            [("Where are you going", "Dean"), ("I need air", "Sam"), ("two in the morning.", "Dean"), ("So?", "Sam"),
             ("nothing good happens", "Dean")],
        ),
        (
            "Hermione slams the book shut. Harry jumps.\n\n"
            '"You could have warned me," he says.\n\n'
            '"I did warn you. Twice." She stands up and shoves the book into her bag. '
            '"Ron, are you coming or not?"\n\n'
            '"In a minute," Ron mumbles through a mouthful of toast.\n',
            [("warned me", "Harry"), ("Twice", "Hermione"), ("are you coming", "Hermione"), ("In a minute", "Ron")],
        ),
    ],
    "action beats": [
        (
            "Dean rolls his eyes. \"Whatever.\"\n\n"
            "Castiel tilts his head. \"I don't understand the reference.\"\n\n"
            "Dean sighed and rubbed his face with both hands. \"Of course you don't.\"\n\n"
            "\"Perhaps you could explain it.\"\n\n"
            "Dean groaned. \"Not a chance, buddy.\"\n",
            [("Whatever", "Dean"), ("the reference", "Castiel"), ("Of course you", "Dean"), ("explain it", "Castiel"),
             ("Not a chance", "Dean")],
        ),
        (
            "Buffy crossed her arms. \"No way. I'm not wearing that.\"\n\n"
            "Willow held up the dress anyway, hopeful. \"It's vintage!\"\n\n"
            "\"It's hideous.\" Buffy turned back to the mirror.\n\n"
            "Xander leaned in the doorway. \"For the record, I think it's very retro-chic.\"\n",
            [("No way", "Buffy"), ("vintage", "Willow"), ("hideous", "Buffy"), ("retro-chic", "Xander")],
        ),
    ],
    "reader insert": [
        (
            "Bucky finds you on the roof of the compound, knees pulled up to your chest.\n\n"
            '"Couldn\'t sleep either?" he asks.\n\n'
            '"Not really," you say. You scoot over to make room for him. "Nightmares."\n\n'
            "He sits down beside you. \"Yeah. Me too.\"\n\n"
            "You lean your head on his shoulder. \"Stay a while?\"\n\n"
            '"As long as you want, doll."\n',
            [("sleep either", "Bucky"), ("Not really", "Reader"), ("Nightmares", "Reader"), ("Me too", "Bucky"),
             ("Stay a while", "Reader"), ("As long as", "Bucky")],
        ),
        (
            "You push the door open and Loki looks up from his book.\n\n"
            '"Y/N," he drawls. "To what do I owe the pleasure?"\n\n'
            '"Thor sent me," you reply, holding out the letter.\n\n'
            "Loki sighs. \"Of course he did.\"\n",
            [("Y/N", "Loki"), ("the pleasure", "Loki"), ("Thor sent me", "Reader"), ("he did", "Loki")],
        ),
    ],
    "text messages": [
        (
            "Peter's phone buzzed against the desk.\n\n"
            "Tony: where are you kid\n\n"
            "Peter: library!! doing homework i swear\n\n"
            "Tony: May says you're not at the library\n\n"
            "Peter: ok technically i'm on a roof\n\n"
            "He winced and put the phone face down.\n",
            [("where are you kid", "Tony"), ("doing homework", "Peter"), ("May says", "Tony"), ("on a roof", "Peter")],
        ),
        (
            "The group chat had been going off all morning.\n\n"
            "**Jason:** who ate my leftovers\n"
            "**Dick:** wasn't me\n"
            "**Tim:** definitely not me\n"
            "**Damian:** Tt. They were inferior leftovers.\n\n"
            "Jason threw his phone across the room.\n",
            [("who ate", "Jason"), ("wasn't me", "Dick"), ("definitely", "Tim"), ("inferior", "Damian")],
        ),
    ],
    "em-dash dialogue": [
        (
            "Harry found Draco on the astronomy tower, alone.\n\n"
            "—What do you want, Potter? —Draco said without turning around.\n\n"
            "—Just to talk.\n\n"
            "—We don't talk. We never talk.\n\n"
            "—Then maybe we should start —Harry said, and sat down beside him.\n",
            [("What do you want", "Draco"), ("Just to talk", "Harry"), ("never talk", "Draco"), ("should start", "Harry")],
        ),
    ],
    "script style": [
        (
            "The scene opens in the bunker's kitchen.\n\n"
            "DEAN: Who moved my pie?\n\n"
            "SAM: Nobody touched your pie.\n\n"
            "CASTIEL: I may have eaten the pie.\n\n"
            "DEAN: Cas!\n",
            [("moved my pie", "Dean"), ("Nobody touched", "Sam"), ("I may have", "Castiel"), ("Cas!", "Dean")],
        ),
        (
            "Sherlock: Boring.\n"
            "John: You haven't even read it.\n"
            "Sherlock: I don't need to. The sister did it.\n"
            "Lestrade: (from the doorway) He's right, you know.\n",
            [("Boring", "Sherlock"), ("read it", "John"), ("sister did it", "Sherlock"), ("He's right", "Lestrade")],
        ),
    ],
    "epithets": [
        (
            "Dean Winchester had been a hunter for twenty years, and he knew a trap when he saw one.\n\n"
            '"Stay behind me," the hunter growled.\n\n'
            "The vampire only laughed. \"You'll die like the rest of them.\"\n\n"
            '"Not tonight," the older Winchester said, and raised the machete.\n',
            [("Stay behind me", "Dean"), ("like the rest", "the vampire"), ("Not tonight", "Dean")],
        ),
        (
            "Buffy Summers was the Slayer, and tonight she was bored.\n\n"
            "Spike lit a cigarette beside the crypt. \"Slow night, pet?\"\n\n"
            '"Don\'t call me pet," the Slayer snapped.\n\n'
            '"Whatever you say, love," the vampire drawled.\n',
            [("Slow night", "Spike"), ("call me pet", "Buffy"), ("Whatever you say", "Spike")],
        ),
    ],
}

CHECK = {
    "present tense": [
        (
            "Stiles bursts into the loft without knocking. Derek doesn't even look up.\n\n"
            '"We have a problem," Stiles announces.\n\n'
            '"We always have a problem."\n\n'
            '"A bigger one. Scott\'s not answering his phone."\n\n'
            "Derek finally closes the laptop. \"How long?\"\n\n"
            '"Six hours," Stiles says. "Maybe seven."\n',
            [("We have a problem", "Stiles"), ("always have", "Derek"), ("A bigger one", "Stiles"),
             ("How long", "Derek"), ("Six hours", "Stiles"), ("Maybe seven", "Stiles")],
        ),
    ],
    "action beats": [
        (
            "Crowley poured himself a drink. \"Boys. Always a pleasure.\"\n\n"
            "Sam folded his arms. \"Where is it?\"\n\n"
            "Crowley smirked over the rim of his glass. \"Where is what, Moose?\"\n\n"
            "Dean slammed his palm on the table. \"Don't play dumb.\"\n",
            [("Always a pleasure", "Crowley"), ("Where is it", "Sam"), ("Where is what", "Crowley"),
             ("play dumb", "Dean")],
        ),
        (
            "Yuuri bit his lip. \"I'm not sure I can do the quad.\"\n\n"
            "Victor only smiled and skated a lazy circle around him. \"Then we practise until you are.\"\n",
            [("the quad", "Yuuri"), ("we practise", "Victor")],
        ),
    ],
    "reader insert": [
        (
            "The library is empty when you slip inside, and Remus looks up from the desk.\n\n"
            '"You\'re late," he says, but he\'s smiling.\n\n'
            '"Filch nearly caught me," you whisper.\n\n'
            "You drop into the chair across from him. \"Did I miss anything?\"\n\n"
            '"Only Sirius setting his own sleeve on fire."\n\n'
            "You laugh. \"Of course he did.\"\n",
            [("late", "Remus"), ("Filch", "Reader"), ("miss anything", "Reader"), ("own sleeve", "Remus"),
             ("Of course he did", "Reader")],
        ),
    ],
    "text messages": [
        (
            "Eddie's phone lit up at midnight.\n\n"
            "Buck: are you awake\n\n"
            "Eddie: i am now\n\n"
            "Buck: sorry\n\n"
            "Buck: can i come over\n\n"
            "Eddie: door's open\n\n"
            "He was already pulling on a shirt.\n",
            [("are you awake", "Buck"), ("i am now", "Eddie"), ("sorry", "Buck"), ("come over", "Buck"),
             ("door's open", "Eddie")],
        ),
        (
            "The chat was chaos by breakfast.\n\n"
            "**Nico:** why is there a pegasus in the kitchen\n"
            "**Percy:** his name is Blackjack and he is a guest\n"
            "**Annabeth:** Percy.\n",
            [("pegasus", "Nico"), ("Blackjack", "Percy"), ("Percy.", "Annabeth")],
        ),
    ],
    "em-dash dialogue": [
        (
            "Zuko stood at the edge of the courtyard.\n\n"
            "—You came back —Katara said.\n\n"
            "—I said I would.\n\n"
            "—You say a lot of things.\n\n"
            "—And I mean them —Zuko answered quietly.\n",
            [("You came back", "Katara"), ("I said I would", "Zuko"), ("a lot of things", "Katara"),
             ("mean them", "Zuko")],
        ),
    ],
    "script style": [
        (
            "[The Enterprise bridge. Red alert.]\n\n"
            "KIRK: Status report!\n\n"
            "SPOCK: Shields at forty percent, Captain.\n\n"
            "MCCOY: Dammit, Jim, I'm a doctor, not a shield generator.\n\n"
            "KIRK: Noted, Bones.\n\n"
            "SPOCK: (raising an eyebrow) Fascinating.\n",
            [("Status report", "Kirk"), ("forty percent", "Spock"), ("a doctor", "Mccoy"), ("Noted", "Kirk"),
             ("Fascinating", "Spock")],
        ),
    ],
    "epithets": [
        (
            "Geralt of Rivia was a witcher, and witchers did not scare easily.\n\n"
            '"Get behind me," the witcher ordered.\n\n'
            "Jaskier clutched his lute. \"Gladly!\"\n\n"
            '"And stay quiet," the witcher added.\n\n'
            '"I am always quiet," the bard protested.\n',
            [("Get behind me", "Geralt"), ("Gladly", "Jaskier"), ("stay quiet", "Geralt"), ("always quiet", "Jaskier")],
        ),
        (
            "Aziraphale was an angel, and Crowley had long since stopped pointing out how odd that was.\n\n"
            '"You\'re staring," the angel said mildly.\n\n'
            '"Am not," Crowley said.\n',
            [("staring", "Aziraphale"), ("Am not", "Crowley")],
        ),
    ],
}
