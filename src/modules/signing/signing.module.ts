import { Module } from '@nestjs/common';
import { AtRestEncryption } from './at-rest-encryption';
import { SigningController } from './signing.controller';
import { SigningService } from './signing.service';

@Module({ controllers: [SigningController], providers: [AtRestEncryption, SigningService], exports: [AtRestEncryption, SigningService] })
export class SigningModule {}
