"""Platform Admin API v1: the reference service the Custos devstack runs beside Keycloak."""
