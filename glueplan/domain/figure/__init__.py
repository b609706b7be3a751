"""The drawn human figure of the exercise illustrations: body, poses, kinematics, equipment.

Pure geometry in metres, no Qt: poses are named joint angles (resources/poses), forward
kinematics turns them into 3-D segment positions, and the UI only projects and paints them.
"""
