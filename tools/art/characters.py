"""Every character the game can show: id, display name, poses, expressions, anchors.

The drawings live in one module per family of characters:
  kids.py        吴小清 (xiaoqing) and 锡小朗 (xiaolang), the guide
  family.py      妈妈, 爸爸, 爷爷
  school.py      two classmates and the class teacher
  fraudsters.py  the people behind the scams (ordinary-looking, one sly detail each)
body.py holds the shared body parts, props and gestures; faces.py the faces.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import family
import fraudsters
import kids
import school
from body import H, W, call_point
from faces import FaceSpec
from svg import num

__all__ = ["CHARACTERS", "Character", "H", "W", "num"]


@dataclass(frozen=True)
class Character:
    id: str
    name: str                                  # player-facing, Simplified Chinese
    build: Callable[[str, str], list[str]]     # (pose, expression) -> SVG body
    poses: tuple[str, ...]
    expressions: tuple[str, ...]
    face: FaceSpec
    head: tuple[float, float, float, float]    # cx, cy, rx, ry of the head ellipse
    extra: dict[str, tuple[float, float]] = field(default_factory=dict)
    note: str = ""                             # a line for characters.yaml

    @property
    def mouth(self) -> tuple[float, float]:
        return self.face.mouth

    @property
    def call_mouth(self) -> tuple[float, float] | None:
        """The mouth in the `call` framing (head and shoulders), if the character has it."""
        if "call" not in self.poses:
            return None
        return call_point(self.face.mouth, self.head[:2], self.head[2])


FAMILY_EXPRS = ("neutral", "happy", "worried", "surprised")
FRAUD_EXPRS = ("neutral", "happy", "stern")
POSES = ("standing", "phone", "call")
FRAUD_POSES = ("standing", "call")

CHARACTERS: dict[str, Character] = {c.id: c for c in [
    Character("xiaoqing", "吴小清", kids.xiaoqing, ("standing", "phone"),
              ("neutral", "happy", "surprised", "worried", "relieved"),
              kids.QING_FACE, kids.QING_HEAD),
    Character("xiaolang", "锡小朗", kids.xiaolang, ("standing", "pointing"),
              ("neutral", "happy", "thinking", "worried"),
              kids.LANG_FACE, kids.LANG_HEAD, {"magnifier": kids.LANG_LENS_POINTING}),
    Character("mom", "妈妈", family.mom, POSES, FAMILY_EXPRS, family.MOM_FACE, family.MOM_HEAD),
    Character("dad", "爸爸", family.dad, POSES, FAMILY_EXPRS, family.DAD_FACE, family.DAD_HEAD),
    Character("grandpa", "爷爷", family.grandpa, POSES, FAMILY_EXPRS,
              family.GRANDPA_FACE, family.GRANDPA_HEAD, note="leans on a cane when standing"),
    Character("classmate_boy", "男同学", school.classmate_boy, POSES, FAMILY_EXPRS,
              school.BOY_FACE, school.KID_HEAD, note="same school tracksuit, orange backpack"),
    Character("classmate_girl", "女同学", school.classmate_girl, POSES, FAMILY_EXPRS,
              school.GIRL_FACE, school.KID_HEAD, note="same school tracksuit, two pigtails"),
    Character("teacher", "班主任", school.teacher, POSES, FAMILY_EXPRS,
              school.TEACH_FACE, school.TEACH_HEAD),
    Character("fake_service", "客服", fraudsters.fake_service, FRAUD_POSES, FRAUD_EXPRS,
              fraudsters.SERVICE_FACE, fraudsters.WOMAN_HEAD,
              note="fraudster posing as 客服: headset, too-perfect smile, blank name tag"),
    Character("fake_police", "民警", fraudsters.fake_police, FRAUD_POSES, FRAUD_EXPRS,
              fraudsters.POLICE_FACE, fraudsters.MAN_HEAD,
              note="fraudster posing as 民警 (冒充): no insignia, price tag on the cap, star-sticker badge"),
    Character("idol_assistant", "明星助理", fraudsters.idol_assistant, FRAUD_POSES,
              FRAUD_EXPRS, fraudsters.IDOL_FACE, fraudsters.MAN_HEAD,
              note="fraudster posing as a star's 助理: sunglasses, blank staff card"),
    Character("game_admin", "游戏管理员", fraudsters.game_admin, FRAUD_POSES, FRAUD_EXPRS,
              fraudsters.ADMIN_FACE, fraudsters.MAN_HEAD,
              note="fraudster posing as 游戏管理员: cap with a game logo, headset"),
]}
