"""The connection hub: requests for support matched to offers, experts, practices and peers."""
