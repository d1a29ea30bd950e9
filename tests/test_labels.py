"""Declared labels in AO3's vocabulary: the rating, warning, pairing and category normalisers."""

from __future__ import annotations

import pytest

from ficlens.structure.labels import normalise_categories, normalise_rating, normalise_warnings, pairing_relationships


@pytest.mark.parametrize(
    "written, ao3",
    [
        ("K", "General Audiences"), ("K+", "General Audiences"), ("Fiction T", "Teen And Up Audiences"),
        ("M", "Mature"), ("MA", "Explicit"),
        ("G", "General Audiences"), ("PG", "Teen And Up Audiences"), ("PG-13", "Teen And Up Audiences"),
        ("R", "Mature"), ("NC-17", "Explicit"), ("NC17", "Explicit"),
        ("FRAO", "General Audiences"), ("FR7", "General Audiences"), ("FR13", "Teen And Up Audiences"),
        ("FR15", "Mature"), ("FR18", "Explicit"), ("FRK+", "General Audiences"), ("FRT", "Teen And Up Audiences"),
        ("FRM", "Mature"), ("FRMA", "Explicit"),
        ("Mature", "Mature"), ("Adult", "Explicit"), ("Explicit", "Explicit"),
        ("Teen And Up Audiences", "Teen And Up Audiences"), ("Not Rated", "Not Rated"),
        ("PG this part", "Teen And Up Audiences"), ("R for language", "Mature"), ("Low R", "Mature"),
        ("M 15+", "Mature"), ("T - Teen: Not suitable for readers under 13", "Teen And Up Audiences"),
        ("PG-13ish", "Teen And Up Audiences"), ("okay, let's say R. Just to be sure.", "Mature"),
        # A range or a choice is rated for its highest.
        ("PG-13 to R", "Mature"), ("G/PG", "Teen And Up Audiences"), ("M/E", "Explicit"),
        ("Mature/Explicit", "Explicit"), ("T or M", "Mature"), ("12", "Teen And Up Audiences"),
        # An age or a code and up.
        ("17+", "Explicit"), ("14+", "Teen And Up Audiences"), ("PG-13+", "Teen And Up Audiences"), ("R+", "Mature"),
        ("GA", "General Audiences"), ("TUA", "Teen And Up Audiences"),
    ],
)
def test_ratings_from_every_scheme(written, ao3):
    assert normalise_rating(written) == ao3


@pytest.mark.parametrize("written", ["", "see notes", "X-Men fic", "varies"])
def test_no_rating_from_text_that_names_none(written):
    assert normalise_rating(written) is None


def test_free_text_warnings_map_only_when_they_clearly_say_so():
    text = "Warning! This fanfic contains explicit content and graphic sexual violence"
    assert normalise_warnings([text]) == ["Graphic Depictions Of Violence", "Rape/Non-Con"]
    assert normalise_warnings(["Character death", "non-con"]) == ["Major Character Death", "Rape/Non-Con"]
    assert normalise_warnings(["no major character death, no rape"]) == []
    assert normalise_warnings(["some violence, swearing", "maybe borderline to M"]) == []
    assert normalise_warnings(["None"]) == ["No Archive Warnings Apply"]
    assert normalise_warnings(["Underage", "Creator Chose Not To Use Archive Warnings"]) == [
        "Underage Sex", "Creator Chose Not To Use Archive Warnings"]


def test_pairing_notations():
    assert pairing_relationships("Kirk/Spock") == (["Kirk/Spock"], [])
    assert pairing_relationships("W/S") == (["W/S"], [])
    assert pairing_relationships("Dean/Cas, Sam & Dean") == (["Dean/Cas", "Sam & Dean"], [])
    assert pairing_relationships("Sam/Demon!Dean") == (["Sam/Dean"], [])
    assert pairing_relationships("Bucky Barnes x fem!Reader") == (["Bucky Barnes/Reader"], [])
    assert pairing_relationships("joel x platonic!reader") == (["joel & Reader"], [])
    assert pairing_relationships("Legolas/OMC (brief Aragorn/Arwen)") == (
        ["Legolas/Original Male Character(s)", "Aragorn/Arwen"], [])
    assert pairing_relationships("Steve Rogers/Tony Stark (Captain America/Iron Man)") == (["Steve Rogers/Tony Stark"], [])
    assert pairing_relationships("past Holmes/Trevor, Inspector Lestrade") == (["Holmes/Trevor"], ["Inspector Lestrade"])


def test_pairing_names_resolve_once_the_fandom_is_known():
    canon = {"Kirk": "James T. Kirk", "Spock": "Spock", "Spuffy": "Buffy Summers/Spike"}
    assert pairing_relationships("Kirk/Spock", canon.get) == (["James T. Kirk/Spock"], [])
    assert pairing_relationships("Spuffy", canon.get) == (["Buffy Summers/Spike"], [])
    assert pairing_relationships("Spuffy") == ([], ["Spuffy"])


def test_categories_and_category_paths():
    assert normalise_categories(["Slash", "Gen"]) == (["M/M", "Gen"], [], [])
    assert normalise_categories(["Books » Harry Potter"]) == ([], ["Harry Potter"], [])
    assert normalise_categories(["Romance"]) == ([], [], ["Romance"])
