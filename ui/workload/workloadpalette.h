#pragma once

#include "workload/efficiencygrade.h"

#include <QColor>

// Colours of the workload charts: the Okabe-Ito palette, which colour-blind readers tell apart and which
// keeps distinct grey levels when printed in black and white.
namespace imbang::workloadpalette {

inline QColor need() { return QColor(0x99, 0x99, 0x99); }      // grey: the target
inline QColor staff() { return QColor(0x00, 0x72, 0xB2); }     // blue
inline QColor surplus() { return QColor(0x00, 0x72, 0xB2); }   // blue
inline QColor shortage() { return QColor(0xE6, 0x9F, 0x00); }  // orange
inline QColor retiring() { return QColor(0xCC, 0x79, 0xA7); }  // reddish purple
inline QColor projectedGap() { return QColor(0x00, 0x00, 0x00); }
inline QColor projectedShortage() { return QColor(0xD5, 0x5E, 0x00); } // vermillion
inline QColor outline() { return QColor(0x33, 0x33, 0x33); }

// A (overloaded) vermillion, B (balanced) bluish green, C-E ever darker blues for ever less work.
QColor grade(Grade grade);

} // namespace imbang::workloadpalette
