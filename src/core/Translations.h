#pragma once

#include <QLocale>

class QCoreApplication;

namespace quayside {

// Installs Qt's own translations and Quayside's for the given locale (the system's by default) on the
// application. English is the source language, so an English locale installs nothing and is no error.
// Returns the languages that were found, for the log.
QStringList installTranslators(QCoreApplication *app, const QLocale &locale = QLocale::system());

} // namespace quayside
