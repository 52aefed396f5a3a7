package dev.connectconformance.simulator.operations.users;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.state.InstanceRecord;
import software.amazon.awssdk.services.connect.model.CreateUserRequest;
import software.amazon.awssdk.services.connect.model.PhoneType;
import software.amazon.awssdk.services.connect.model.UserIdentityInfo;

/**
 * What CreateUser needs beyond the model's shapes, as the API reference states it: a password when Connect
 * manages identities, a first and last name when Connect or SAML does, a desk phone number for a desk phone.
 * Checked before anything changes; each failure names the field.
 */
final class UserRules {

    private UserRules() {
    }

    static void check(InstanceRecord instance, CreateUserRequest request) {
        String identity = instance.identityManagementType();
        if ("CONNECT_MANAGED".equals(identity) && request.password() == null) {
            throw ConnectError.invalidParameter("Password is required: instance " + instance.id()
                    + " manages its users' identities in Amazon Connect (CONNECT_MANAGED)");
        }
        if ("CONNECT_MANAGED".equals(identity) || "SAML".equals(identity)) {
            UserIdentityInfo info = request.identityInfo();
            if (info == null || isBlank(info.firstName()) || isBlank(info.lastName())) {
                throw ConnectError.invalidParameter("IdentityInfo.FirstName and IdentityInfo.LastName are "
                        + "required for an instance with identity management " + identity);
            }
        }
        if (request.phoneConfig() != null && request.phoneConfig().phoneType() == PhoneType.DESK_PHONE
                && isBlank(request.phoneConfig().deskPhoneNumber())) {
            throw ConnectError.invalidParameter("PhoneConfig.DeskPhoneNumber is required when PhoneConfig.PhoneType "
                    + "is DESK_PHONE");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
