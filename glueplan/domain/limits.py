"""The bounds of every number a user or a file can give, defined once for the whole app.

Plans, the catalogue, plan files, the log, the editors' spin boxes and the messages that
refuse a value all read them from here.
"""

from __future__ import annotations

from typing import NamedTuple


class Limit(NamedTuple):
    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low <= value <= self.high


SETS = Limit(1, 20)  # per planned exercise
REPS = Limit(1, 100)  # per set, planned or logged
RIR = Limit(0, 10)  # reps in reserve
REST_S = Limit(0, 900)  # rest between sets, seconds
WEIGHT_KG = Limit(0, 1000)  # a logged load
# Decimals a typed load may have, in the unit it is typed in. The smallest plates weigh 0.25 kg (or 0.25 lb), so a
# load made up of them needs two decimals at most, and the app writes loads to two (62.565 showed as 62,56). A third
# is a slip, not a load: "65" typed after a kept "62,5" read 62,565. Refused with the reason rather than rounded,
# since rounding would log 62.57, as wrong as 62.565 and as silent.
WEIGHT_DECIMALS = 2
PLAN_MINUTES = Limit(10, 240)  # the time one planned session may take (the planner's request)
PLAN_WEEKS = Limit(1, 52)  # weeks of a planned program
SESSION_MINUTES = Limit(5, 600)  # a trainee's or a plan file's budget for one session (rule SES-3)
