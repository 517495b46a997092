using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Community.Web.Localization;

/// <summary>
/// The framework's own validation texts ("The 평점 field is required.", "The value '' is invalid.") are English
/// templates around a translated field name. Every rule without its own message gets one of ours by its kind, and the
/// model binder's messages come from the resource files too, so every message reads whole in the member's language.
/// </summary>
public sealed class LocalizedValidationDefaults : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var rule in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (rule.ErrorMessage is not null || rule.ErrorMessageResourceName is not null) continue;
            rule.ErrorMessage = rule switch
            {
                RequiredAttribute => "FieldRequired",
                StringLengthAttribute or MaxLengthAttribute or MinLengthAttribute => "FieldLength",
                RangeAttribute => "FieldRange",
                EmailAddressAttribute => "EmailInvalid",
                _ => "FieldInvalid",
            };
        }
    }
}

public sealed class LocalizedBindingMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        options.ModelMetadataDetailsProviders.Add(new LocalizedValidationDefaults());
        // Resolved per message, so the member's language of the moment is used.
        string Text(string key, params object[] arguments) => localizers.Create(typeof(SharedResource))[key, arguments];
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(_ => Text("FieldRequired"));
        messages.SetMissingBindRequiredValueAccessor(_ => Text("FieldRequired"));
        messages.SetMissingKeyOrValueAccessor(() => Text("FieldRequired"));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Text("FieldRequired"));
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => Text("FieldInvalid"));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Text("FieldInvalid"));
        messages.SetUnknownValueIsInvalidAccessor(_ => Text("FieldInvalid"));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text("FieldInvalid"));
        messages.SetValueIsInvalidAccessor(_ => Text("FieldInvalid"));
        messages.SetValueMustBeANumberAccessor(_ => Text("FieldNumber"));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Text("FieldNumber"));
    }
}
