using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MspCaseManager.Web.Infrastructure.Binding;

/// <summary>
/// Every enum in every form binds from one of its member names, exactly as the form's radios,
/// checkboxes and selects post them. Anything else — a number, an unknown name, an empty value —
/// is "not answered": null, so the form's own message ("Select …") is the one the user sees.
/// Nothing invalid is ever stored, and a number never becomes a member that has no name.
/// Where null is not possible (a non-nullable enum, which forms use only for values they post
/// back themselves), an invalid value is refused with an error instead of becoming the first member.
/// </summary>
public sealed class DefinedEnumModelBinder(Type enumType, bool nullable) : IModelBinder
{
    public const string InvalidChoiceMessage = "Select one of the options";

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
        var text = posted.FirstValue;
        if (text is not null && IsMemberName(text))
        {
            bindingContext.Result = ModelBindingResult.Success(Enum.Parse(enumType, text, ignoreCase: false));
        }
        else if (nullable)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (bindingContext.ModelMetadata.MetadataKind != ModelMetadataKind.Type)
        {
            // A property or parameter that cannot be "not answered": refuse rather than default.
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, InvalidChoiceMessage);
        }

        // An element of a collection that is not a member name is left out of the collection.
        return Task.CompletedTask;
    }

    private bool IsMemberName(string text) =>
        Enum.GetNames(enumType).Contains(text, StringComparer.Ordinal);
}

/// <summary>Uses <see cref="DefinedEnumModelBinder"/> for every enum and nullable enum.</summary>
public sealed class DefinedEnumModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        var underlying = Nullable.GetUnderlyingType(type);
        var enumType = underlying ?? type;
        return enumType.IsEnum ? new DefinedEnumModelBinder(enumType, nullable: underlying is not null) : null;
    }
}
