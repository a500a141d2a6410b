#pragma once

#include "core/ledger/VerificationJob.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace custos {

class ActivityChart;
class CosignatureList;
class WorkerThread;

// The verification of one ledger: the summary ("N/N records valid"), the signed checkpoint, the key with its
// fingerprint, the first failure with its kind and seq, in auditor mode the witnesses' cosignatures, and the
// activity chart. Verification runs on a worker
// thread with progress and a Cancel button; the UI thread only shows what comes back.
class VerificationView : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationView(QWidget* parent = nullptr);
    ~VerificationView() override;

    // Checks the HMACs of a database's records with this key from now on.
    void setHmacKey(const QByteArray& key);
    // Auditor mode: key and history are checked against the AuditorTrustStore in `settingsPath` (empty: the
    // application's settings).
    void setAuditorTrust(const QString& settingsPath);
    // Verifies `path` from scratch (a new ledger, or the operator asked).
    void verify(const QString& path);
    // The ledger gained records: verifies it again in the background, keeping the last result on screen until
    // then. Appends during a run are coalesced into one more run after it. After the operator cancelled, nothing
    // runs until they verify again.
    void recordsAdded();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const std::optional<VerificationOutcome>& outcome() const { return m_outcome; }

signals:
    void finished(const custos::VerificationOutcome& outcome);

private:
    void onProgress(quint64 job, const QString& step, qint64 done, qint64 total);
    void onFinished(quint64 job, const VerificationOutcome& outcome);
    void start();
    void setRunning(bool running);
    void clear();

    VerificationRequest m_request;
    std::shared_ptr<std::atomic<quint64>> m_current;
    VerificationJob* m_job; // lives on m_thread: only ever touched through m_thread->post()
    std::unique_ptr<WorkerThread> m_thread;
    bool m_running = false;
    bool m_stale = false;     // records were added while a verification ran
    bool m_cancelled = false; // the operator cancelled: no verification until they ask again
    std::optional<VerificationOutcome> m_outcome;

    QLabel* m_summary;
    QLabel* m_failure;
    QLabel* m_origin;
    QLabel* m_size;
    QLabel* m_root;
    QLabel* m_key;
    QLabel* m_fingerprint;
    QLabel* m_hmac;
    CosignatureList* m_cosignatures;
    QLabel* m_step;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_again;
    ActivityChart* m_chart;
};

} // namespace custos
