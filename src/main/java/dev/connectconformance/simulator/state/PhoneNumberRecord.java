package dev.connectconformance.simulator.state;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;

/**
 * A claimed phone number. {@code targetArn} is what DescribePhoneNumber shows (during a move: the new target);
 * {@code slotTarget} is the target whose quota the number counts against, which stays the old target while a
 * move that will fail is running and is empty for a claim that failed.
 */
public final class PhoneNumberRecord {

    private final String id;
    private final String phoneNumber;
    private final String countryCode;
    private final String type;
    private final String claimedRegion;
    private String arn;
    private String arnAccount;
    private String description;
    private String targetArn;
    private String slotTarget;
    private PhoneNumberWorkflowStatus status = PhoneNumberWorkflowStatus.IN_PROGRESS;
    private String message;
    /** What a metadata update settles back to. */
    private PhoneNumberWorkflowStatus statusBefore;
    private String messageBefore;
    private String flowId;
    private final Map<String, String> tags = new LinkedHashMap<>();

    public PhoneNumberRecord(String id, String phoneNumber, String countryCode, String type, String claimedRegion,
                             String description) {
        this.id = id;
        this.phoneNumber = phoneNumber;
        this.countryCode = countryCode;
        this.type = type;
        this.claimedRegion = claimedRegion;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String countryCode() {
        return countryCode;
    }

    public String type() {
        return type;
    }

    /** The region the number was first claimed in; its ARN carries this region. */
    public String claimedRegion() {
        return claimedRegion;
    }

    /** The number's ARN; a record belongs to one account, so it is built once (lists show it on every page). */
    public String arn(String accountId) {
        if (!accountId.equals(arnAccount)) {
            arn = Arn.phoneNumber(claimedRegion, accountId, id);
            arnAccount = accountId;
        }
        return arn;
    }

    public String description() {
        return description;
    }

    public void description(String description) {
        this.description = description;
    }

    public String targetArn() {
        return targetArn;
    }

    /** Package-private: targets change through {@link AccountState} so its index stays right. */
    void targetArn(String targetArn) {
        this.targetArn = targetArn;
    }

    public String slotTarget() {
        return slotTarget;
    }

    void slotTarget(String slotTarget) {
        this.slotTarget = slotTarget;
    }

    /** The workflow status as the API shows it. */
    public PhoneNumberWorkflowStatus status() {
        return status;
    }

    /** Why the number is FAILED; null otherwise. */
    public String message() {
        return message;
    }

    /** What an update or release in progress settles back to (null when none is). */
    public PhoneNumberWorkflowStatus statusBefore() {
        return statusBefore;
    }

    public String messageBefore() {
        return messageBefore;
    }

    /** Sets the statuses a state file recorded. */
    public void restoreStatus(PhoneNumberWorkflowStatus status, String message, PhoneNumberWorkflowStatus statusBefore,
                              String messageBefore) {
        setStatus(status, message);
        this.statusBefore = statusBefore;
        this.messageBefore = messageBefore;
    }

    public boolean isInProgress() {
        return status == PhoneNumberWorkflowStatus.IN_PROGRESS;
    }

    public boolean isClaimed() {
        return status == PhoneNumberWorkflowStatus.CLAIMED;
    }

    /** A claim or move settled: the number works on its target. */
    public void markClaimed() {
        setStatus(PhoneNumberWorkflowStatus.CLAIMED, null);
    }

    /** A claim or move settled without success, for {@code reason}. */
    public void markFailed(String reason) {
        setStatus(PhoneNumberWorkflowStatus.FAILED, reason);
    }

    /** An update or release starts: IN_PROGRESS until it settles. */
    public void startUpdate() {
        statusBefore = status;
        messageBefore = message;
        setStatus(PhoneNumberWorkflowStatus.IN_PROGRESS, null);
    }

    /** Settles an update that leaves the claim as it was (a metadata change): back to the status before it. */
    public void settle() {
        setStatus(statusBefore, messageBefore);
    }

    private void setStatus(PhoneNumberWorkflowStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    public String flowId() {
        return flowId;
    }

    public void flowId(String flowId) {
        this.flowId = flowId;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
