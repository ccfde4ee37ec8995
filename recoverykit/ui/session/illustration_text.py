"""The names of the shipped illustrations, in the interface language, for the step editor."""

from __future__ import annotations

from recoverykit.qt.text import tr


def illustration_text(name: str) -> str:
    """A readable name for the illustration ``name`` ("calf-stretch"); an unknown one is shown as written."""
    return {
        "butt-kicks": tr("Butt kicks"),
        "calf-stretch": tr("Calf stretch"),
        "compression-boots": tr("Compression boots"),
        "easy-cycle": tr("Easy cycling"),
        "easy-walk": tr("Easy walk"),
        "epsom-bath": tr("Epsom-salt bath"),
        "foam-roll-calves": tr("Foam roll: calves"),
        "foam-roll-glutes": tr("Foam roll: glutes"),
        "foam-roll-hamstrings": tr("Foam roll: hamstrings"),
        "foam-roll-quads": tr("Foam roll: quads"),
        "glute-stretch": tr("Glute stretch"),
        "hamstring-stretch": tr("Hamstring stretch"),
        "high-knees": tr("High knees"),
        "hip-flexor-stretch": tr("Hip-flexor stretch"),
        "hot-towel": tr("Hot towel"),
        "ice-pack": tr("Ice pack"),
        "leg-swings": tr("Leg swings"),
        "lunges": tr("Lunges"),
        "massage-gun-calves": tr("Massage gun: calves"),
        "hand-massage-calves": tr("Massage by hand: calves"),
        "massage-gun-glutes": tr("Massage gun: glutes"),
        "massage-gun-hamstrings": tr("Massage gun: hamstrings"),
        "massage-gun-quads": tr("Massage gun: quads"),
        "quad-stretch": tr("Quad stretch"),
        "seated-hamstring-stretch": tr("Seated hamstring stretch"),
        "squats": tr("Squats"),
        "torso-twists": tr("Torso twists"),
        "vibration-plate": tr("Vibration plate"),
    }.get(name, name.replace("-", " ").capitalize())
