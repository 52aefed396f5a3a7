package dev.connectconformance.simulator.operations.tags;

import dev.connectconformance.simulator.operations.ConnectError;
import dev.connectconformance.simulator.operations.OperationContext;
import dev.connectconformance.simulator.operations.OperationGroup;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.operations.Resources;
import dev.connectconformance.simulator.state.Arn;
import dev.connectconformance.simulator.state.InstanceRecord;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.connect.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.connect.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.connect.model.TagResourceRequest;
import software.amazon.awssdk.services.connect.model.UntagResourceRequest;

/**
 * Tags on instances, traffic distribution groups, phone numbers and flows, addressed by ARN. The ARN is resolved
 * with the same lookups as every other operation, so a resource of another account, or one not visible in the
 * region called, is not found here either.
 */
public final class TagOperations implements OperationGroup {

    @Override
    public void registerWith(OperationRegistry registry) {
        registry.register("TagResource", TagResourceRequest::builder, this::tagResource)
                .register("UntagResource", UntagResourceRequest::builder, this::untagResource)
                .register("ListTagsForResource", ListTagsForResourceRequest::builder, this::listTagsForResource);
    }

    SdkPojo tagResource(OperationContext context, TagResourceRequest request) {
        Map<String, String> tags = tagsOf(context, request.resourceArn());
        TagRules.checkKeys(request.tags().keySet(), "tags");
        TagRules.checkRoom(tags, request.tags());
        tags.putAll(request.tags());
        return null;
    }

    SdkPojo untagResource(OperationContext context, UntagResourceRequest request) {
        Map<String, String> tags = tagsOf(context, request.resourceArn());
        request.tagKeys().forEach(tags::remove);
        return null;
    }

    SdkPojo listTagsForResource(OperationContext context, ListTagsForResourceRequest request) {
        return ListTagsForResourceResponse.builder().tags(TagViews.shown(tagsOf(context, request.resourceArn()))).build();
    }

    /** The live tag map of the resource the ARN names. */
    private static Map<String, String> tagsOf(OperationContext context, String resourceArn) {
        Arn arn = Arn.parse(resourceArn).orElseThrow(() -> ConnectError.invalidParameter(
                "resourceArn '" + Resources.shorten(resourceArn) + "' is not an Amazon Connect ARN"));
        return switch (arn.resourceType()) {
            case "instance" -> underInstance(context, resourceArn, arn);
            case "traffic-distribution-group" -> Resources.trafficDistributionGroup(context, resourceArn).tags();
            case "phone-number" -> Resources.phoneNumber(context, resourceArn).tags();
            default -> throw ConnectError.resourceNotFound("No taggable resource found for "
                    + Resources.shorten(resourceArn) + " (resource type " + arn.resourceType() + ")");
        };
    }

    /** An instance, or a flow under it. A number's legacy ARN under its instance names nothing taggable (PN-16). */
    private static Map<String, String> underInstance(OperationContext context, String resourceArn, Arn arn) {
        if (arn.resource().contains("/phone-number/")) {
            throw ConnectError.resourceNotFound("No taggable resource found for " + Resources.shorten(resourceArn)
                    + ": a phone number is named arn:aws:connect:<region>:<account>:phone-number/<id>, as "
                    + "ListPhoneNumbersV2 and DescribePhoneNumber give it");
        }
        return arn.resource().contains("/contact-flow/")
                ? flowTags(context, resourceArn, arn) : Resources.instance(context, resourceArn).tags();
    }

    private static Map<String, String> flowTags(OperationContext context, String resourceArn, Arn arn) {
        String[] path = arn.resource().split("/");
        if (path.length != 4) {
            throw ConnectError.invalidParameter("resourceArn '" + Resources.shorten(resourceArn)
                    + "' is not a contact flow ARN");
        }
        // The instance by id, so that a flow ARN of the wrong region or account is reported as the flow not found.
        InstanceRecord instance = Resources.instance(context, path[1]);
        return Resources.flow(context, instance, "resourceArn", resourceArn).tags();
    }
}
