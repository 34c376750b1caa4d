#include "core/Logging.h"

namespace quayside {

Q_LOGGING_CATEGORY(lcCore, "quayside.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloud, "quayside.cloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "quayside.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocker, "quayside.docker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPki, "quayside.pki", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvision, "quayside.provision", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "quayside.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "quayside.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "quayside.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "quayside.sandbox", QtInfoMsg)

void installLogFormat()
{
    qSetMessagePattern(
        QStringLiteral("%{time hh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warning%{endif}"
                       "%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} %{category}: %{message}"));
}

} // namespace quayside
