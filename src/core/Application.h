#pragma once

#include <QCommandLineParser>

class QCoreApplication;

namespace quayside {

// What both front ends do first: name the application (QSettings, data folders), set the log format
// and install the translators that follow the system locale.
void setUpApplication(QCoreApplication *app, const QString &applicationName);

// True when the arguments only ask for --version or --help, which must work without a display.
bool asksOnlyForVersionOrHelp(int argc, char **argv);

} // namespace quayside
