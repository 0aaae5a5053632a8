"""The tutoring graph: a Socratic loop over a verified question chain (ask → interrupt → check → feedback).

`tutoring.graph.builder` wires it; `tutoring.session.Tutor` runs it for one student thread on LangGraph's
SQLite checkpointer; `tutoring.mastery` and `tutoring.recommending` turn checked answers into mastery per
knowledge point and the next problem.
"""
