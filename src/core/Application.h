#pragma once

#include <QCommandLineParser>
#include <QString>

class QCoreApplication;

namespace quayside {

// What both front ends do first: name the application (QSettings, data folders), set the log format
// and install the translators that follow the system locale.
void setUpApplication(QCoreApplication *app, const QString &applicationName);

// Quayside's data folder (the GUI's AppDataLocation), also when quaysidectl asks, whose own application
// name would give it a folder of its own: both front ends share the balancer, known_hosts and the like.
QString sharedDataFolder();

// True when the arguments only ask for --version or --help, which must work without a display.
bool asksOnlyForVersionOrHelp(int argc, char **argv);

} // namespace quayside
