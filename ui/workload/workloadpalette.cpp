#include "workloadpalette.h"

namespace imbang::workloadpalette {

QColor grade(Grade g) {
    switch (g) {
    case Grade::A: return QColor(0xD5, 0x5E, 0x00);
    case Grade::B: return QColor(0x00, 0x9E, 0x73);
    case Grade::C: return QColor(0x56, 0xB4, 0xE9);
    case Grade::D: return QColor(0x00, 0x72, 0xB2);
    case Grade::E: return QColor(0x00, 0x3A, 0x5C);
    }
    return Qt::gray;
}

} // namespace imbang::workloadpalette
