"""What was actually lifted: one logged set, the raw material of progress charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_REPS = 100
MAX_WEIGHT_KG = 1000.0


@dataclass(frozen=True, slots=True)
class LoggedSet:
    exercise_id: str
    performed_at: datetime  # local wall-clock time of the set
    weight_kg: float
    reps: int
    rir: int | None = None
    note: str = ""
    planned_exercise_id: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.weight_kg <= MAX_WEIGHT_KG:
            raise ValueError(f"weight must be between 0 and {MAX_WEIGHT_KG:g} kg, got {self.weight_kg:g}")
        if not 1 <= self.reps <= MAX_REPS:
            raise ValueError(f"reps must be between 1 and {MAX_REPS}, got {self.reps}")
        if self.rir is not None and not 0 <= self.rir <= 10:
            raise ValueError(f"RIR must be between 0 and 10, got {self.rir}")
