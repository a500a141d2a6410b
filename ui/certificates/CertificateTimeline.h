#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace custos {

// Certificates' validity periods as bars on a time axis, today marked, the next warningDays shaded, and every bar
// coloured by its state — or amber when it ends within the warning window, red once it has ended. The colours only
// repeat what the table next to it says in words (its text alternative); each bar also has a tooltip.
class CertificateTimeline : public QWidget
{
    Q_OBJECT
public:
    enum class State { Active, Staged, Archived };
    struct Entry
    {
        QString label;
        QDateTime notBefore;
        QDateTime notAfter;
        State state = State::Active;
    };

    explicit CertificateTimeline(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    // The moment "today" marks; now when invalid (tests and screenshots fix it).
    void setNow(const QDateTime& now);
    void setWarningDays(int days);
    [[nodiscard]] int barCount() const { return int(m_entries.size()); }
    [[nodiscard]] QDateTime now() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    [[nodiscard]] static QString stateName(State state);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        QRect axis; // where time maps to x
        int labelWidth = 0;
        QDateTime from;
        QDateTime to;
        [[nodiscard]] qreal x(const QDateTime& time) const;
    };
    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] QRect barRect(const Geometry& geometry, int index) const;
    [[nodiscard]] QColor colour(const Entry& entry) const;
    [[nodiscard]] QString describe(const Entry& entry) const;
    void updateDescription();

    QList<Entry> m_entries;
    QDateTime m_now;
    int m_warningDays = 30;
};

} // namespace custos
