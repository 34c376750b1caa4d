#pragma once

#include <QString>

namespace quayside::BuildInfo {

// Quayside's own version, as set in the top-level CMakeLists.txt.
QString version();

// One line naming the libraries Quayside runs with, as they report their own versions at run time.
QString libraryVersions();

} // namespace quayside::BuildInfo
