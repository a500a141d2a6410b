#pragma once

#include <QLoggingCategory>

// One category per component, enabled with QT_LOGGING_RULES="custos.http.debug=true" and the like.
// Log lines name hosts, paths, statuses and ids; never tokens, codes, verifiers, passwords or keys.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcKeycloak)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcLedger)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
