"""Plan my week: a program for what a trainee has and wants that passes every rule of the
engine, with the reasons, or the best it can with the rules it broke and what would fix them.

``propose`` is the one entry; ``search`` says how the plan is found and why without a solver.
"""

from __future__ import annotations


from glueplan.domain.catalog import Catalog
from glueplan.domain.findings import Finding
from glueplan.domain.language import Language
from glueplan.domain.plan import Program
from glueplan.domain.planner.explanation import Line, broken_rules, explain, fixes
from glueplan.domain.planner.request import Emphasis, FreeSlot, PlanRequest
from glueplan.domain.planner.search import Plan, best_plan
from glueplan.domain.rules import Report
from glueplan.domain.record import Record

__all__ = ["Emphasis", "FreeSlot", "Line", "PlanRequest", "Proposal", "broken_rules", "propose"]


class Proposal(Record):
    plan: Plan
    explanation: tuple[Line, ...]
    fixes: tuple[Line, ...]  # empty when every rule holds

    @property
    def program(self) -> Program:
        return self.plan.program

    @property
    def report(self) -> Report:
        return self.plan.report

    @property
    def broken(self) -> tuple[Finding, ...]:
        """The errors and warnings the plan could not avoid."""
        return self.plan.problems


def propose(request: PlanRequest, catalog: Catalog, language: Language) -> Proposal:
    """The plan for the request (session titles and the program's name in ``language``)."""
    plan = best_plan(request, catalog, language)
    return Proposal(plan, explain(plan, catalog), fixes(plan, catalog, language))
