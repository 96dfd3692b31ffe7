using System.Globalization;
using CampaignPlatform.Kernel.Web;
using FluentValidation;

namespace CampaignPlatform.UnitTests.Kernel;

public sealed class FieldMessageTests
{
    private sealed record Form(string? Name, int Count, string? Note);

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.Name).NotEmpty();
            RuleFor(f => f.Count).GreaterThan(0);
            RuleFor(f => f.Note).NotEmpty().WithMessage("请说明原因。");
        }
    }

    [Fact]
    public void Stock_messages_lose_the_field_name_beside_the_field_and_written_ones_stay()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var failures = new FormValidator().Validate(new Form(null, 0, null)).Errors.ToDictionary(f => f.PropertyName, PlatformPageModel.BesideTheField);

            Assert.Equal("必填。", failures["Name"]);
            Assert.DoesNotContain("Count", failures["Count"], StringComparison.Ordinal);
            Assert.Contains("0", failures["Count"], StringComparison.Ordinal);
            Assert.Equal("请说明原因。", failures["Note"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
