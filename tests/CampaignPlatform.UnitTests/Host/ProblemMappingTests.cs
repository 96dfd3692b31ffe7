using CampaignPlatform.Host.Errors;
using CampaignPlatform.Kernel.Errors;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.UnitTests.Host;

public sealed class ProblemMappingTests
{
    [Fact]
    public void Validation_failures_become_400_with_json_field_names()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new ValidationException(
        [
            new ValidationFailure("Title", "must not be empty"),
            new ValidationFailure("Items[0].Passed", "must be answered"),
            new ValidationFailure("Title", "too long"),
        ]));
        var validation = Assert.IsType<ValidationProblemDetails>(problem);
        Assert.Equal(400, validation.Status);
        Assert.Equal(["must not be empty", "too long"], validation.Errors["title"]);
        Assert.Equal(["must be answered"], validation.Errors["items[0].passed"]);
    }

    [Fact]
    public void Platform_exceptions_map_to_their_status_with_extensions()
    {
        Assert.Equal(404, ProblemDetailsExceptionHandler.ToProblem(new NotFoundException("Township", Guid.Empty)).Status);
        var conflict = ProblemDetailsExceptionHandler.ToProblem(new ConflictException("closed").With("state", "Closed"));
        Assert.Equal(409, conflict.Status);
        Assert.Equal("Closed", conflict.Extensions["state"]);
        var disabled = ProblemDetailsExceptionHandler.ToProblem(new ModuleDisabledException("hygiene", "勤洗手常消毒", Guid.Empty, "青石镇"));
        Assert.Equal(403, disabled.Status);
        Assert.Equal("hygiene", disabled.Extensions["moduleId"]);
    }

    [Fact]
    public void Anything_else_is_a_500_that_does_not_leak_the_message()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new InvalidOperationException("connection string with password"));
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("password", problem.Detail);
    }
}
