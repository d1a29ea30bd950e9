"""Major Character Death needs a main character dying in the story's present.

Texts written for these tests; each false case is one a careful reader would not warn for."""

from __future__ import annotations

import pytest

from ficlens import analyze

DEATH = "Major Character Death"
# Two followed characters, so that the one who dies can be named as one of them.
OPENING = (
    "Mara walked Jun home through the snow. Jun talked about the match and Mara laughed at him. "
    "Jun said Mara should come to the next one, and Mara promised she would. "
)


def warned(text: str) -> bool:
    return DEATH in {t.name for t in analyze(text).detected.warnings}


def test_a_main_character_dying_now_warns():
    assert warned(OPENING + "At the crossing a truck skidded on the ice. Jun died in the road, and Mara held him.")


@pytest.mark.parametrize(
    "ending",
    [
        # a relative of the main character, not the main character
        "Jun's parents died in a crash on that road. Mara took his hand and they walked on.",
        # a video game: the death is undone by a respawn
        "Jun died in the mines on day three. He respawned at the clinic with half his gold gone.",
        # a death in the past, of someone else
        "When Jun was six, his brother died at sea. Mara knew not to ask.",
        # a death in a show the characters watch
        "At home they watched the season finale, where the detective died in the rain. Jun booed at the screen.",
        # a figure of speech
        "When his team lost the final, Jun died of a broken heart, or so he told Mara the next morning.",
        # a speech tag that shouts, with no grief
        "Jun pointed at the snowman they had built. \"He is dead!\" Jun cried. \"Long live the snowman!\"",
    ],
)
def test_deaths_that_are_not_a_main_character_dying_now_do_not_warn(ending):
    assert not warned(OPENING + ending)


def test_a_character_the_story_barely_follows_is_no_main_character():
    crowd = (
        "Mara and Jun ran through the market. Mara ducked under a stall and Jun followed Mara. "
        "Jun shouted to Mara, and Mara shouted back to Jun over the noise. Mara grabbed Jun's sleeve. "
        "Mara and Jun reached the fountain. Jun laughed, and Mara laughed with Jun. Mara looked back at Jun. "
        "Mara told Jun about her sister, and Jun told Mara about his. Mara bought Jun a pear and Jun thanked Mara. "
        "Jun found Mara a scarf, and Mara wore it for Jun. Mara teased Jun, and Jun teased Mara. "
        "Old Pell sold apples there; Pell waved to them, and Pell shouted a greeting. "
    )
    assert not warned(crowd + "Then the wall fell and Pell died under the stones. Mara pulled Jun away.")
