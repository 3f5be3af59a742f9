#include "workloadfigures.h"

#include <algorithm>

namespace imbang {

WorkloadFigures WorkloadFigures::forPost(double need, int inPost, const std::array<int, outlookYears> &retirements) {
    WorkloadFigures f;
    f.need = need;
    f.inPost = inPost;
    f.retirements = retirements;
    f.posts = 1;
    const double gap = inPost - need;
    f.surplus = std::max(gap, 0.0);
    f.shortage = std::min(gap, 0.0);
    for (int i = 0; i < outlookYears; ++i)
        f.projectedShortage[std::size_t(i)] = std::min(f.projectedGap(i), 0.0);
    return f;
}

int WorkloadFigures::retiringTotal() const {
    int total = 0;
    for (int r : retirements)
        total += r;
    return total;
}

int WorkloadFigures::projectedStaff(int index) const {
    int staff = inPost;
    for (int i = 0; i <= index && i < outlookYears; ++i)
        staff -= retirements[std::size_t(i)];
    return std::max(staff, 0);
}

void WorkloadFigures::add(const WorkloadFigures &o) {
    need += o.need;
    inPost += o.inPost;
    surplus += o.surplus;
    shortage += o.shortage;
    for (std::size_t i = 0; i < std::size_t(outlookYears); ++i) {
        retirements[i] += o.retirements[i];
        projectedShortage[i] += o.projectedShortage[i];
    }
    posts += o.posts;
}

} // namespace imbang
