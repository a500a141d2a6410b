#include "core/http/PendingCall.h"

namespace custos {

void PendingCall::cancel()
{
    if (m_operation)
        QMetaObject::invokeMethod(m_operation, "cancel", Qt::DirectConnection);
}

} // namespace custos
