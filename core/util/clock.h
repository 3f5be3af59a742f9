#pragma once

#include <QDate>
#include <QDateTime>

namespace imbang {

// The date and time the program considers "now". Tests and reproducible demos set the
// IMBANG_TODAY environment variable (YYYY-MM-DD); core functions that depend on the date take it
// as a parameter and callers get it from here.
namespace Clock {
QDate today();
QDateTime now();
} // namespace Clock

} // namespace imbang
