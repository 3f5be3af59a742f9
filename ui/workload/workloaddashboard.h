#pragma once

#include "util/expected.h"
#include "workload/workloadsnapshot.h"
#include "workloadreport.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPrintPreviewDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace imbang {

class Database;
class GradeDistributionModel;
class RetirementOutlookModel;
class WorkloadBreakdownModel;

// The per-dinas workload dashboard: for the selected unit, need against staff per sub-unit or position, the
// surplus/shortage chart sorted by gap, the grade distribution and the retirement outlook, each with a table
// of the same figures. It recomputes by itself whenever ChangeBus reports a change.
//
// The main window calls selectUnit() when the unit tree selection changes and listens to unitActivated()
// (a bar or row was clicked to drill into a sub-unit) to move the tree selection along.
class WorkloadDashboard : public QWidget {
    Q_OBJECT
public:
    enum class Chart { NeedVsStaff, Gap, Grades, Outlook };

    // `deferred`: compute only when first shown (a tab of the workspace), so opening a large database
    // does not wait for a page nobody looks at yet; later changes while hidden recompute on the next show.
    explicit WorkloadDashboard(Database &db, QWidget *parent = nullptr, bool deferred = false);
    ~WorkloadDashboard() override;

    qint64 selectedUnit() const { return m_unitId; }
    const WorkloadSummary &summary() const { return m_summary; }
    const WorkloadSnapshot *snapshot() const { return m_snapshot ? &*m_snapshot : nullptr; }
    WorkloadGrouping grouping() const { return m_summary.grouping; }
    void setGrouping(WorkloadGrouping grouping);
    void setFilter(const WorkloadFilter &filter);

    WorkloadBreakdownModel *breakdownModel() const { return m_breakdown; }
    RetirementOutlookModel *outlookModel() const { return m_outlook; }
    GradeDistributionModel *gradeModel() const { return m_grades; }
    QChartView *chartView(Chart chart) const { return m_views[std::size_t(chart)]; }
    // Breakdown row behind a bar of the need-vs-staff or gap chart, -1 for none.
    int rowOfBar(Chart chart, int barIndex) const;

    Status exportChart(Chart chart, const QString &path) const; // by suffix: png, svg, pdf
    WorkloadReport report() const;
    Status writeReportPdf(const QString &path) const;

    // Test hooks, so tests never block on a modal dialog: the next file dialog answers `path` (an empty
    // string cancels); the print preview calls `handler` instead of exec().
    static void setNextSaveFileName(const std::optional<QString> &path);
    static void setPreviewHandler(std::function<void(QPrintPreviewDialog &)> handler);

public slots:
    void selectUnit(qint64 unitId); // 0: the whole office
    void recompute();               // reads the database again
    void printReport();
    void saveChartAs(imbang::WorkloadDashboard::Chart chart);
    void saveReportAsPdf();
    void openTeacherNeed(); // for the selected school
    void openAbk(qint64 positionId); // for the selected unit

signals:
    void unitActivated(qint64 unitId);
    void recomputed(); // after every recompute, for tests and the status bar

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void refresh();
    void rebuildCharts();
    void updateControls();
    void drillInto(int row);
    void barClicked(Chart chart, int barIndex);
    void barHovered(Chart chart, bool status, int barIndex);
    QString rowToolTip(int row) const;
    std::optional<QString> askSavePath(const QString &title, const QString &suggested, const QString &filter);
    void showError(const QString &message);

    Database &m_db;
    std::optional<WorkloadSnapshot> m_snapshot;
    WorkloadSummary m_summary;
    qint64 m_unitId = 0;
    WorkloadGrouping m_preferredGrouping = WorkloadGrouping::Unit;
    WorkloadFilter m_filter;
    std::array<QList<int>, 2> m_barRows; // NeedVsStaff, Gap

    QTimer *m_recomputeTimer = nullptr;
    bool m_deferred = false; // compute only while shown (see the constructor)
    bool m_stale = false;    // changed while hidden: recompute when shown
    QLabel *m_title = nullptr;
    QLabel *m_totals = nullptr;
    QToolButton *m_upButton = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QComboBox *m_familyBox = nullptr;
    QCheckBox *m_teachersBox = nullptr;
    QToolButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_teacherButton = nullptr;
    QPushButton *m_abkButton = nullptr;
    std::array<QChartView *, 4> m_views{};
    QTabWidget *m_tabs = nullptr;
    QTableView *m_breakdownView = nullptr;
    QTableView *m_outlookView = nullptr;
    QTableView *m_gradeView = nullptr;
    WorkloadBreakdownModel *m_breakdown = nullptr;
    QSortFilterProxyModel *m_breakdownProxy = nullptr;
    RetirementOutlookModel *m_outlook = nullptr;
    GradeDistributionModel *m_grades = nullptr;
};

} // namespace imbang
