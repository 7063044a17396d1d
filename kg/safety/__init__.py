"""The read-only query policy (``policy``), the bounded worker process every query and upload
check runs in (``worker``), and the query runner that joins them (``query``)."""
