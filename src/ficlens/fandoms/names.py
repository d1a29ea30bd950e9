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
