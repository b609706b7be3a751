"""Catching up with what was saved elsewhere (another window, another computer, a command in a
terminal): the workspace reads again what it holds and announces what it cannot know unchanged.

The store says only *that* someone else committed (glueplan/store/change_watch.py). The profile,
the open program and the user's own exercises are compared with the workspace's copy and replaced
only when they differ; the list of programs and the log are not copied by the workspace, so the
pages that show them are told to read them again (they keep what the user is typing).
"""

from __future__ import annotations

from glueplan.app.changes import ChangeSet
from glueplan.app.trainees import chosen_trainee, show
from glueplan.app.workspace import Workspace
from glueplan.domain.default_names import trainee_in_language


def catch_up(workspace: Workspace) -> ChangeSet:
    """Read again what may have been changed elsewhere; ``program`` in the change says the open
    program was saved elsewhere (the steps this window made on it are history now), or that
    another one is active now (started, chosen or deleted elsewhere): the window shows the
    trainee's active program, as it does when it opens. A trainee archived elsewhere gives way to
    the one a start would show (the one last used here, else the first not archived): the caller
    sees another ``trainee_id``, and the steps made for the one before are history."""
    repository = workspace.repository
    catalog = repository.catalog()
    workspace.read_trainees()
    if workspace.trainee_id not in dict(workspace.listed):  # archived elsewhere: another, as at a start
        change = show(workspace, chosen_trainee(repository, None, workspace.language, lambda: workspace.trainee.units))
    else:  # everything read before anything changes: a read refused (a server away) leaves all to the next look
        trainee = trainee_in_language(repository.trainee(workspace.trainee_id), workspace.language)
        active = repository.active_program(workspace.trainee_id)
        program, version = workspace.read_program(active)
        change = ChangeSet()
        if trainee != workspace.trainee:
            change |= workspace.set_trainee(trainee)
        if (active, version) != (workspace.program_id, workspace.version):
            change |= workspace.put_program(active, program, version)  # started, chosen, deleted or saved elsewhere
    if catalog.exercises != workspace.catalog.exercises:
        change |= workspace.set_catalog(catalog)
    return change | ChangeSet(programs=True, whole_log=True)
