"""The pure domain: catalogue, plans, rules, recovery and progress maths. No Qt, no SQL."""
