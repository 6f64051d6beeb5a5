<#-- Sign in with a username (or email address) and password, as a GOV.UK form: a wrong password
     gives an error summary above the heading, linked to the field, and marks both fields. -->
<#import "template.ftl" as layout>
<#assign credentialsError = messagesPerField.existsError('username','password')>
<@layout.registrationLayout displayMessage=!credentialsError displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
    <#if section = "errorSummary">
        <#if credentialsError>
            <div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1">
                <div role="alert">
                    <h2 class="govuk-error-summary__title">There is a problem</h2>
                    <div class="govuk-error-summary__body">
                        <ul class="govuk-list govuk-error-summary__list">
                            <li><a href="#<#if usernameHidden??>password<#else>username</#if>">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</a></li>
                        </ul>
                    </div>
                </div>
            </div>
        </#if>
    <#elseif section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate onsubmit="login.disabled = true; return true;">
                <#if !usernameHidden??>
                    <div class="govuk-form-group<#if credentialsError> govuk-form-group--error</#if>">
                        <label class="govuk-label" for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
                        <#if credentialsError>
                            <p id="username-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
                        </#if>
                        <input class="govuk-input govuk-!-width-two-thirds<#if credentialsError> govuk-input--error</#if>" id="username" name="username" type="text"
                               value="${(login.username!'')}" autocomplete="username" spellcheck="false" autocapitalize="none" dir="ltr"
                               <#if credentialsError>aria-describedby="username-error"<#else>autofocus</#if>>
                    </div>
                </#if>
                <div class="govuk-form-group<#if credentialsError && usernameHidden??> govuk-form-group--error</#if>">
                    <label class="govuk-label" for="password">${msg("password")}</label>
                    <#if credentialsError && usernameHidden??>
                        <p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
                    </#if>
                    <input class="govuk-input govuk-!-width-two-thirds<#if credentialsError> govuk-input--error</#if>" id="password" name="password" type="password"
                           autocomplete="current-password" dir="ltr"
                           <#if credentialsError && usernameHidden??>aria-describedby="password-error"</#if>>
                </div>
                <#if realm.rememberMe && !usernameHidden??>
                    <div class="govuk-form-group">
                        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                            <div class="govuk-checkboxes__item">
                                <input class="govuk-checkboxes__input" id="rememberMe" name="rememberMe" type="checkbox"<#if login.rememberMe??> checked</#if>>
                                <label class="govuk-label govuk-checkboxes__label" for="rememberMe">${msg("rememberMe")}</label>
                            </div>
                        </div>
                    </div>
                </#if>
                <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
                <button type="submit" class="govuk-button" data-module="govuk-button" id="kc-login" name="login">${msg("doLogIn")}</button>
                <#if realm.resetPasswordAllowed>
                    <p class="govuk-body"><a class="govuk-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
                </#if>
            </form>
        </#if>
    <#elseif section = "info">
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
            <p class="govuk-body">${msg("noAccount")} <a class="govuk-link" href="${url.registrationUrl}">${msg("doRegister")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
