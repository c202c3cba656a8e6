import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { IsNewPassword } from '../../auth/password';
import { User } from '../../auth/user.entity';

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
}

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' }) token: string;
  @Field() expiresAt: Date;
  @Field(() => User) user: User;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The `token` of the invitation link (`/welcome?token=…`)' }) @IsString() @MaxLength(100) token: string;
  @Field({ description: 'The password to sign in with from now on' }) @IsNewPassword() password: string;
}
