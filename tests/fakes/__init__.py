"""Local stand-ins for servers we cannot run in a test: Microsoft Graph and Exchange EWS.

They are built from Microsoft's documented wire formats (the Graph REST reference for
message delta, $value, move, create-from-MIME and send; the EWS SOAP reference for
SyncFolderItems, GetItem, UpdateItem, CreateItem, FindItem), not recorded from a real
tenant. They answer only the subset Borgerpost uses, and they are strict about it, so
that a request our adapters should not make fails loudly.
"""
