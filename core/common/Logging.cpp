#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "custos.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "custos.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "custos.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeycloak, "custos.keycloak", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "custos.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLedger, "custos.ledger", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "custos.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "custos.ui", QtInfoMsg)
