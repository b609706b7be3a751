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
PLAN_MINUTES = Limit(10, 240)  # the time one planned session may take (the planner's request)
PLAN_WEEKS = Limit(1, 52)  # weeks of a planned program
SESSION_MINUTES = Limit(5, 600)  # a trainee's or a plan file's budget for one session (rule SES-3)
