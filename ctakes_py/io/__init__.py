"""Collection readers and CAS consumers, one module per format."""
