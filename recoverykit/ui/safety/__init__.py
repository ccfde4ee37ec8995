"""The safety room: the health check and the gate every session passes before it starts."""
