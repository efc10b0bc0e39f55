import { Module } from '@nestjs/common';
import { FileAccessHttpController } from './file-access.http-controller.js';

@Module({ controllers: [FileAccessHttpController] })
export class FileAccessModule {}
